package org.estatedesk.keys;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.estatedesk.shared.FacesMessages;

/** The register's dialog that registers a key (R5.1); the register's list and missing spares follow. */
@Named
@ViewScoped
public class RegisterKeyBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    KeyService service;

    @Inject
    RegisterBacking register;

    private NewKeyForm form = new NewKeyForm();

    public void prepare() {
        form = new NewKeyForm();
        form.estateId = register.getEstateId() != null ? register.getEstateId()
                : register.getEstates().isEmpty() ? null : register.getEstates().get(0).getId();
    }

    public void register() {
        EstateKey k = service.register(new NewKey(form.estateId, form.category, form.tag, null, form.unitCode,
                form.buildingCode, form.floor, form.equipment, form.location, form.quantity, form.spare));
        FacesMessages.info("key.registered", k.getTag());
        register.search();
    }

    public NewKeyForm getForm() {
        return form;
    }

    /** The fields of the "register a key" dialog. */
    public static class NewKeyForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long estateId;
        private KeyCategory category = KeyCategory.OWNER_SECURITY_DOOR;
        private String tag;
        private String unitCode;
        private String buildingCode;
        private Integer floor;
        private String equipment;
        private String location;
        private Integer quantity = 1;
        private boolean spare;

        public Long getEstateId() {
            return estateId;
        }

        public void setEstateId(Long estateId) {
            this.estateId = estateId;
        }

        public KeyCategory getCategory() {
            return category;
        }

        public void setCategory(KeyCategory category) {
            this.category = category;
        }

        public String getTag() {
            return tag;
        }

        public void setTag(String tag) {
            this.tag = tag;
        }

        public String getUnitCode() {
            return unitCode;
        }

        public void setUnitCode(String unitCode) {
            this.unitCode = unitCode;
        }

        public String getBuildingCode() {
            return buildingCode;
        }

        public void setBuildingCode(String buildingCode) {
            this.buildingCode = buildingCode;
        }

        public Integer getFloor() {
            return floor;
        }

        public void setFloor(Integer floor) {
            this.floor = floor;
        }

        public String getEquipment() {
            return equipment;
        }

        public void setEquipment(String equipment) {
            this.equipment = equipment;
        }

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }

        public boolean isSpare() {
            return spare;
        }

        public void setSpare(boolean spare) {
            this.spare = spare;
        }
    }
}
