package org.estatedesk.keys;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.security.Roles;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedModel;

/**
 * The key register (R5.1): keys by estate, category, state, tag or overdue loan; registering a key; lending
 * (the owner signs and takes it, anyone else waits for the manager's approval), handing an approved loan out against
 * the signature, return and cancellation with a confirmation; rectification and the owner's collection; the
 * categories without an emergency spare set.
 */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    KeyService service;

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private Long estateId;
    private KeyCategory category;
    private KeyState state;
    private boolean overdue;
    private String tag;
    private Long keyId;
    private boolean spares;

    private NewKeyForm form = new NewKeyForm();

    private KeyRepository.Row selected;
    private String borrower;
    private BorrowerKind borrowerKind = BorrowerKind.OWNER;
    private String purpose;
    private LocalDateTime dueAt;
    private String signedName;
    private boolean signatureConfirmed;
    private String collectedBy;

    private List<KeyRepository.MissingSpare> missingSpares = List.of();

    private final PagedModel<KeyRepository.Row> keys = new PagedModel<>(this::page, r -> r.key().getId());

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
    }

    /** After the view parameters: a key from the inbox opens the register at its tag and estate. */
    public void load() {
        if (keyId != null) {
            EstateKey k = service.key(keyId);
            estateId = k.getEstateId();
            tag = k.getTag();
        }
        loadSpares();
    }

    private void loadSpares() {
        try {
            missingSpares = service.missingSpares(estateId);
        } catch (BusinessException e) {
            missingSpares = List.of();
        }
    }

    private Page<KeyRepository.Row> page(PagedModel.Request r) {
        return service.keys(new KeyRepository.Filter(estateId, category, state, overdue, null, tag),
                new PageRequest(r.first() / r.size(), r.size()));
    }

    public void search() {
        keys.restart("form:keys");
        loadSpares();
    }

    public void startRegister() {
        form = new NewKeyForm();
        form.estateId = estateId != null ? estateId : estates.isEmpty() ? null : estates.get(0).getId();
    }

    public void register() {
        EstateKey k = service.register(new NewKey(form.estateId, form.category, form.tag, null, form.unitCode,
                form.buildingCode, form.floor, form.equipment, form.location, form.quantity, form.spare));
        FacesMessages.info("key.registered", k.getTag());
        search();
    }

    public void startLend(KeyRepository.Row row) {
        selected = row;
        borrower = null;
        borrowerKind = row.key().getCategory().ownerKey() ? BorrowerKind.OWNER : BorrowerKind.STAFF;
        purpose = null;
        dueAt = LocalDateTime.now(clock.withZone(zones.zone())).plusHours(4).withSecond(0).withNano(0);
        signedName = null;
        signatureConfirmed = false;
    }

    public void lend() {
        KeyLoan loan = service.lend(selected.key().getId(), borrower, borrowerKind, purpose,
                dueAt == null ? null : dueAt.atZone(zones.zone()).toOffsetDateTime(), signedName, signatureConfirmed);
        if (loan.getState() == LoanState.OUT) {
            FacesMessages.info("key.lent", selected.key().getTag(), loan.getBorrower());
        } else if (loan.getBorrowerKind() == BorrowerKind.OWNER) {
            FacesMessages.info("key.requestedNotResident", selected.key().getTag(), loan.getBorrower(),
                    selected.key().getUnitCode());
        } else {
            FacesMessages.info("key.requested", selected.key().getTag());
        }
        search();
    }

    public void startHandOut(KeyRepository.Row row) {
        selected = row;
        signedName = row.loan() == null ? null : row.loan().getBorrower();
        signatureConfirmed = false;
    }

    public void handOut() {
        KeyLoan loan = service.handOut(selected.loan().getId(), signedName, signatureConfirmed,
                selected.loan().getVersion());
        FacesMessages.info("key.handedOut", selected.key().getTag(), loan.getSignedName());
        search();
    }

    public void returnKey(KeyRepository.Row row) {
        service.returnKey(row.loan().getId(), null, row.loan().getVersion());
        FacesMessages.info("key.returned", row.key().getTag());
        search();
    }

    public void cancel(KeyRepository.Row row) {
        service.cancel(row.loan().getId(), null, row.loan().getVersion());
        FacesMessages.info("key.cancelled", row.key().getTag());
        search();
    }

    public void holdForRectification(KeyRepository.Row row) {
        service.holdForRectification(row.key().getId(), row.key().getVersion());
        FacesMessages.info("key.held", row.key().getTag());
        search();
    }

    public void startCollect(KeyRepository.Row row) {
        selected = row;
        collectedBy = null;
    }

    public void collect() {
        EstateKey k = service.collect(selected.key().getId(), collectedBy, selected.key().getVersion());
        FacesMessages.info("key.collected", k.getTag(), k.getCollectedBy());
        search();
    }

    public boolean overdue(KeyRepository.Row row) {
        return row.loan() != null && row.loan().isOverdue(OffsetDateTime.now(clock));
    }

    public boolean canWrite() {
        var ctx = FacesContext.getCurrentInstance().getExternalContext();
        return ctx.isUserInRole(Roles.ADMIN) || ctx.isUserInRole(Roles.CS_MANAGER)
                || ctx.isUserInRole(Roles.CS_SUPERVISOR) || ctx.isUserInRole(Roles.FRONT_DESK)
                || ctx.isUserInRole(Roles.CS_ASSISTANT) || ctx.isUserInRole(Roles.ARCHIVE_KEEPER);
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

    public NewKeyForm getForm() {
        return form;
    }

    public PagedModel<KeyRepository.Row> getKeys() {
        return keys;
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public KeyCategory[] getCategories() {
        return KeyCategory.values();
    }

    public KeyState[] getStates() {
        return KeyState.values();
    }

    public BorrowerKind[] getBorrowerKinds() {
        return BorrowerKind.values();
    }

    public List<KeyRepository.MissingSpare> getMissingSpares() {
        return missingSpares;
    }

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

    public KeyState getState() {
        return state;
    }

    public void setState(KeyState state) {
        this.state = state;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Long getKeyId() {
        return keyId;
    }

    public void setKeyId(Long keyId) {
        this.keyId = keyId;
    }

    public boolean isSpares() {
        return spares;
    }

    public void setSpares(boolean spares) {
        this.spares = spares;
    }

    public KeyRepository.Row getSelected() {
        return selected;
    }

    public String getBorrower() {
        return borrower;
    }

    public void setBorrower(String borrower) {
        this.borrower = borrower;
    }

    public BorrowerKind getBorrowerKind() {
        return borrowerKind;
    }

    public void setBorrowerKind(BorrowerKind borrowerKind) {
        this.borrowerKind = borrowerKind;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public String getSignedName() {
        return signedName;
    }

    public void setSignedName(String signedName) {
        this.signedName = signedName;
    }

    public boolean isSignatureConfirmed() {
        return signatureConfirmed;
    }

    public void setSignatureConfirmed(boolean signatureConfirmed) {
        this.signatureConfirmed = signatureConfirmed;
    }

    public String getCollectedBy() {
        return collectedBy;
    }

    public void setCollectedBy(String collectedBy) {
        this.collectedBy = collectedBy;
    }
}
