package org.estatedesk.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * A key (or a bundle of identical keys) of the register (R5.1): its category, its tag, what it opens (a unit, a
 * floor of a building, an equipment room), where it hangs, how many, whether it is the category's emergency spare
 * set, and where it is now ({@link KeyState}). Lending, return, rectification and the owner's collection are its
 * verbs; the loan in progress is {@link #getCurrentLoanId()}.
 */
@Entity
@Table(name = "estate_key")
public class EstateKey implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "estate_key_seq")
    @SequenceGenerator(name = "estate_key_seq", sequenceName = "estate_key_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private KeyCategory category;

    @NotBlank
    @Size(max = 60)
    @Column(nullable = false, length = 60)
    private String tag;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "unit_code", length = 60)
    private String unitCode;

    @Size(max = 20)
    @Column(name = "building_code", length = 20)
    private String buildingCode;

    @Column(name = "floor_no")
    private Integer floor;

    @Size(max = 100)
    @Column(length = 100)
    private String equipment;

    @Size(max = 200)
    @Column(length = 200)
    private String location;

    @Min(1)
    @Max(999)
    @Column(nullable = false)
    private int quantity;

    @Column(nullable = false)
    private boolean spare;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private KeyState state;

    /** Kept for rectification: a returned or released key goes back to RECTIFICATION, not to the store. */
    @Column(nullable = false)
    private boolean rectification;

    @Column(name = "current_loan_id")
    private Long currentLoanId;

    @Column(name = "collected_by", length = 100)
    private String collectedBy;

    @Column(name = "collected_at")
    private OffsetDateTime collectedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private int version;

    protected EstateKey() {
    }

    /**
     * A key in the store. An owner's key names its unit; a public door, window or water-meter box key its building
     * and floor; an equipment-room key its equipment.
     */
    public EstateKey(long companyId, long estateId, KeyCategory category, String tag, Long unitId, String unitCode,
            String buildingCode, Integer floor, String equipment, String location, int quantity, boolean spare,
            String by, OffsetDateTime now) {
        if (category == null) {
            throw new RuleViolationException("error.required", "category");
        }
        switch (category.target()) {
            case UNIT -> {
                if (unitId == null) {
                    throw new RuleViolationException("error.key.unitRequired", "unit");
                }
            }
            case FLOOR -> {
                if (floor == null) {
                    throw new RuleViolationException("error.key.floorRequired", "floor");
                }
            }
            case EQUIPMENT -> {
                if (equipment == null || equipment.isBlank()) {
                    throw new RuleViolationException("error.key.equipmentRequired", "equipment");
                }
            }
        }
        this.companyId = companyId;
        this.estateId = estateId;
        this.category = category;
        this.tag = tag == null ? null : tag.trim();
        this.unitId = category.target() == KeyCategory.Target.UNIT ? unitId : null;
        this.unitCode = this.unitId == null ? null : unitCode;
        this.buildingCode = blankToNull(buildingCode);
        this.floor = floor;
        this.equipment = blankToNull(equipment);
        this.location = blankToNull(location);
        this.quantity = quantity;
        this.spare = spare;
        this.state = KeyState.IN_STORE;
        this.createdBy = by;
        this.createdAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private KeyState home() {
        return rectification ? KeyState.RECTIFICATION : KeyState.IN_STORE;
    }

    /**
     * A loan of this key: the owner of the unit takes it at once against his signature (the key is ON_LOAN, the loan
     * OUT) — if the borrower ticked as the owner is one of the unit's current owners or occupants ({@code residents},
     * their names); anyone else, a borrower ticked as the owner who is none of them included, asks first (the key is RESERVED, the loan REQUESTED until the manager decides). A key lent
     * or reserved already is a conflict (409). The caller stores the loan and then {@link #loanStored} it.
     */
    public KeyLoan lend(String borrower, BorrowerKind kind, Collection<String> residents, String purpose,
            OffsetDateTime dueAt, String signedName, boolean signatureConfirmed, String by, OffsetDateTime now) {
        BorrowerKind k = kind == null ? BorrowerKind.OTHER : kind;
        boolean approval = k.needsApproval() || !isResident(borrower, residents);
        KeyState next = state.after(approval ? KeyState.Action.RESERVE : KeyState.Action.LEND, home());
        if (k == BorrowerKind.OWNER && !category.ownerKey()) {
            throw new RuleViolationException("error.key.ownerOnlyOwnKeys", "borrowerKind");
        }
        KeyLoan loan = new KeyLoan(this, borrower, k, approval, purpose, dueAt, by, now);
        if (!approval) {
            loan.handOut(signedName, signatureConfirmed, by, now);
        }
        state = next;
        return loan;
    }

    /**
     * Whether the borrower ticked as the owner is one of the unit's current owners or occupants ({@code residents},
     * their names): the same name, spaces and letter case aside (R0.4, R5.1).
     */
    static boolean isResident(String borrower, Collection<String> residents) {
        String name = plain(borrower);
        return !name.isEmpty() && residents != null && residents.stream().anyMatch(r -> plain(r).equals(name));
    }

    private static String plain(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Remembers the loan in progress once it has its id. */
    public void loanStored(KeyLoan loan) {
        mine(loan);
        currentLoanId = loan.getId();
    }

    /** The manager approved the request: the key stays reserved until it is handed out. */
    public void approved(KeyLoan loan, String by, String comment, OffsetDateTime at) {
        mine(loan).decided(LoanState.Action.APPROVE, by, comment, at);
    }

    /** The manager refused: the key goes back. */
    public void rejected(KeyLoan loan, String by, String comment, OffsetDateTime at) {
        mine(loan).decided(LoanState.Action.REJECT, by, comment, at);
        state = state.after(KeyState.Action.RELEASE, home());
        currentLoanId = null;
    }

    /** An approved loan handed out against the borrower's signature. */
    public void handOut(KeyLoan loan, String signedName, boolean signatureConfirmed, String by, OffsetDateTime now) {
        KeyState next = state.after(KeyState.Action.LEND, home());
        mine(loan).handOut(signedName, signatureConfirmed, by, now);
        state = next;
    }

    /** A requested or approved loan that will not be collected: the key goes back. */
    public void cancel(KeyLoan loan, String by, String comment, OffsetDateTime now) {
        KeyState next = state.after(KeyState.Action.RELEASE, home());
        mine(loan).cancel(by, comment, now);
        state = next;
        currentLoanId = null;
    }

    /** The key came back: the loan is cleared (R5.1). */
    public void returned(KeyLoan loan, String by, String comment, OffsetDateTime now) {
        KeyState next = state.after(KeyState.Action.RETURN, home());
        mine(loan).returned(by, comment, now);
        state = next;
        currentLoanId = null;
    }

    /** An owner's key kept after handover while defects are rectified, until the owner collects it. */
    public void holdForRectification() {
        if (!category.ownerKey()) {
            throw new RuleViolationException("error.key.ownerKeysOnly", "category");
        }
        state = state.after(KeyState.Action.HOLD_FOR_RECTIFICATION, home());
        rectification = true;
    }

    /** The owner collected his key: it leaves the store for good. */
    public void collect(String collector, OffsetDateTime now) {
        if (!category.ownerKey()) {
            throw new RuleViolationException("error.key.ownerKeysOnly", "category");
        }
        if (collector == null || collector.isBlank()) {
            throw new RuleViolationException("error.required", "collectedBy");
        }
        state = state.after(KeyState.Action.COLLECT, home());
        rectification = false;
        collectedBy = collector.trim().length() > 100 ? collector.trim().substring(0, 100) : collector.trim();
        collectedAt = now;
    }

    private KeyLoan mine(KeyLoan loan) {
        if (loan.getKeyId() == null || !loan.getKeyId().equals(id)) {
            throw new IllegalArgumentException("loan " + loan.getId() + " is not a loan of key " + id);
        }
        return loan;
    }

    /** What the key opens, for lists: the unit, the floor of a building, or the equipment. */
    public String target() {
        return switch (category.target()) {
            case UNIT -> unitCode;
            case FLOOR -> (buildingCode == null ? "" : buildingCode + " ") + floor + "F";
            case EQUIPMENT -> equipment;
        };
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public KeyCategory getCategory() {
        return category;
    }

    public String getTag() {
        return tag;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getBuildingCode() {
        return buildingCode;
    }

    public Integer getFloor() {
        return floor;
    }

    public String getEquipment() {
        return equipment;
    }

    public String getLocation() {
        return location;
    }

    public int getQuantity() {
        return quantity;
    }

    public boolean isSpare() {
        return spare;
    }

    public KeyState getState() {
        return state;
    }

    public boolean isRectification() {
        return rectification;
    }

    public Long getCurrentLoanId() {
        return currentLoanId;
    }

    public String getCollectedBy() {
        return collectedBy;
    }

    public OffsetDateTime getCollectedAt() {
        return collectedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
