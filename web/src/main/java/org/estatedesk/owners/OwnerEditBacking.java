package org.estatedesk.owners;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.estatedesk.estates.Unit;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.FacesMessages;

/** Creates or edits one owner of the ledger (R0.4) and shows the owner's units and ownership history. */
@Named
@ViewScoped
public class OwnerEditBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    OwnerService ownerService;

    private Long id;
    private Integer version;
    private boolean loaded;
    private boolean found = true;

    private OwnerKind kind = OwnerKind.PERSON;
    private String name;
    private IdType idType = IdType.ID_CARD;
    private String idNumber;
    private boolean idNumberMasked;
    private String phone;
    private String phone2;
    private String email;
    private Owner.ContactPreference contactPreference;
    private String language;
    private String address;
    private String note;
    private String consultant;
    private List<org.estatedesk.security.AppUser> consultants = List.of();

    private List<Unit> units = List.of();
    private List<Ownership> history = List.of();

    /** The view action: reads the owner named by the {@code id} parameter, once per view. */
    public void load() {
        if (loaded || id == null) {
            loaded = true;
            return;
        }
        loaded = true;
        try {
            Owner o = ownerService.owner(id);
            copy(o);
            idNumber = ownerService.idNumber(id);
            idNumberMasked = !ownerService.seesWholeIdNumbers();
            units = ownerService.unitsOf(id);
            history = ownerService.history(id);
        } catch (BusinessException e) {
            found = false;
            throw e;
        }
    }

    /** The customer consultant (R1.9): saved on its own, so that it never half-saves the owner's form. */
    public void assignConsultant() {
        Owner o = ownerService.assignConsultant(id, consultant);
        version = o.getVersion();
        FacesMessages.info("owner.consultantSaved");
    }

    public String getConsultant() {
        return consultant;
    }

    public void setConsultant(String consultant) {
        this.consultant = consultant;
    }

    public List<org.estatedesk.security.AppUser> getConsultants() {
        return consultants;
    }

    public String save() {
        OwnerData data = new OwnerData(null, kind, name, idType, idNumber, phone, phone2, email, contactPreference,
                language, address, note);
        Owner saved = id == null ? ownerService.create(data) : ownerService.update(id, data, version);
        FacesMessages.infoAfterRedirect("owner.saved", saved.getName());
        return "/owners/list?faces-redirect=true";
    }

    /** The code of a unit the owner holds now, or its id for a unit held in the past. */
    public String unitLabel(Long unitId) {
        Map<Long, Unit> byId = units.stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        Unit u = byId.get(unitId);
        return u != null ? u.getCode() : "#" + unitId;
    }

    private void copy(Owner o) {
        version = o.getVersion();
        kind = o.getKind();
        name = o.getName();
        idType = o.getIdType();
        phone = o.getPhone();
        phone2 = o.getPhone2();
        email = o.getEmail();
        contactPreference = o.getContactPreference();
        language = o.getLanguage();
        address = o.getAddress();
        note = o.getNote();
        consultant = o.getConsultant();
        consultants = ownerService.consultants(o.getCompanyId());
    }

    /** Whether the identity number field shows the mask (sent back unchanged, it keeps the stored number). */
    public boolean isIdNumberMasked() {
        return idNumberMasked;
    }

    public boolean isEditing() {
        return id != null;
    }

    public boolean isFound() {
        return found;
    }

    public OwnerKind[] getKinds() {
        return OwnerKind.values();
    }

    public IdType[] getIdTypes() {
        return IdType.values();
    }

    public Owner.ContactPreference[] getContactPreferences() {
        return Owner.ContactPreference.values();
    }

    public List<Unit> getUnits() {
        return units;
    }

    public List<Ownership> getHistory() {
        return history;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersion() {
        return version;
    }

    public OwnerKind getKind() {
        return kind;
    }

    public void setKind(OwnerKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public IdType getIdType() {
        return idType;
    }

    public void setIdType(IdType idType) {
        this.idType = idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPhone2() {
        return phone2;
    }

    public void setPhone2(String phone2) {
        this.phone2 = phone2;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Owner.ContactPreference getContactPreference() {
        return contactPreference;
    }

    public void setContactPreference(Owner.ContactPreference contactPreference) {
        this.contactPreference = contactPreference;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
