package org.estatedesk.billing;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.Money;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;
import org.hibernate.envers.Audited;

/**
 * A rent, parking or multi-business contract (R4.1): a party (the tenant, optionally an owner of the ledger) pays a
 * fee item's monthly amount for a unit or a space from the start to the end date. The monthly billing run adds it as
 * a line of its unit's bill for every period it is in force (prorated by days in a first or last partial month, see
 * {@link BillCalculator.Charge}). States: DRAFT → ACTIVE → TERMINATED (a date and a reason) or EXPIRED (its end
 * passed); a draft is never billed and may be cancelled by a termination. Never deleted.
 */
@Entity
@Table(name = "contract")
@Audited
public class Contract implements Versioned {
    /** The largest monthly amount: a bill line's unit price is numeric(12,4). */
    public static final BigDecimal MAX_MONTHLY = new BigDecimal("99999999.99");

    public enum State {
        DRAFT, ACTIVE, TERMINATED, EXPIRED;

        private static final Map<State, Set<State>> NEXT = Map.of(DRAFT, EnumSet.of(ACTIVE, TERMINATED),
                ACTIVE, EnumSet.of(TERMINATED, EXPIRED), TERMINATED, EnumSet.noneOf(State.class), EXPIRED,
                EnumSet.noneOf(State.class));

        public boolean allows(State next) {
            return NEXT.get(this).contains(next);
        }

        /** Terms may still change (a terminated or expired contract is history). */
        public boolean open() {
            return this == DRAFT || this == ACTIVE;
        }
    }

    /** What a multi-business contract lets. */
    public enum Business {
        ADVERTISING, STALL, OTHER
    }

    /** The terms a person sets on creation or amendment. */
    public record Terms(ContractKind kind, Business business, String location, String partyName, String partyPhone,
            Long ownerId, long feeItemId, BigDecimal monthlyAmount, BigDecimal deposit, LocalDate startDate,
            LocalDate endDate) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
    @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9_./-]*", message = "{validation.code}")
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractKind kind;

    @Enumerated(EnumType.STRING)
    private Business business;

    @Size(max = 60)
    @Column(name = "space_code")
    private String spaceCode;

    @Size(max = 200)
    private String location;

    @NotBlank
    @Size(max = 100)
    @Column(name = "party_name")
    private String partyName;

    @Size(max = 40)
    @Column(name = "party_phone")
    private String partyPhone;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "fee_item_id", nullable = false)
    private Long feeItemId;

    @Column(name = "monthly_amount", nullable = false)
    private BigDecimal monthlyAmount;

    private BigDecimal deposit;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "terminated_on")
    private LocalDate terminatedOn;

    @Size(max = 500)
    @Column(name = "termination_reason")
    private String terminationReason;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private int version;

    protected Contract() {
    }

    /**
     * A new contract of a unit ({@code spaceCode} null) or of a space billed on its space unit; a draft until
     * activated when {@code draft}, else active at once.
     */
    public Contract(long companyId, long estateId, long unitId, String code, String spaceCode, Terms terms,
            boolean draft, String createdBy, OffsetDateTime createdAt) {
        this.companyId = companyId;
        this.estateId = estateId;
        this.unitId = unitId;
        this.code = code == null ? null : code.trim();
        this.spaceCode = spaceCode == null || spaceCode.isBlank() ? null : spaceCode.trim();
        this.state = draft ? State.DRAFT : State.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        amend(terms);
    }

    /**
     * Sets the terms: the kind (a multi-business contract says what business), the party, the fee item, the monthly
     * amount with at most two decimals, the optional deposit, the dates (the end not before the start). Only while
     * the contract is a draft or active; bills already issued keep their amounts.
     */
    public final void amend(Terms t) {
        if (state != null && !state.open()) {
            throw new ConflictException("error.contract.state", state, "amend");
        }
        if (t.kind() == null) {
            throw new RuleViolationException("error.required", "kind");
        }
        if (t.kind() == ContractKind.MULTI_BUSINESS && t.business() == null) {
            throw new RuleViolationException("error.required", "business");
        }
        BigDecimal monthly = Money.positive(t.monthlyAmount(), "monthlyAmount");
        if (monthly.compareTo(MAX_MONTHLY) > 0) {
            throw new RuleViolationException("error.money.tooLarge", "monthlyAmount");
        }
        BigDecimal newDeposit = t.deposit() == null ? null : Money.positive(t.deposit(), "deposit");
        if (t.startDate() == null) {
            throw new RuleViolationException("error.required", "startDate");
        }
        if (t.endDate() == null) {
            throw new RuleViolationException("error.required", "endDate");
        }
        if (t.endDate().isBefore(t.startDate())) {
            throw new RuleViolationException("error.contract.endBeforeStart", "endDate", t.startDate(),
                    t.endDate());
        }
        this.kind = t.kind();
        this.business = t.kind() == ContractKind.MULTI_BUSINESS ? t.business() : null;
        this.location = blankToNull(t.location());
        this.partyName = t.partyName() == null ? null : t.partyName().trim();
        this.partyPhone = blankToNull(t.partyPhone());
        this.ownerId = t.ownerId();
        this.feeItemId = t.feeItemId();
        this.monthlyAmount = monthly;
        this.deposit = newDeposit;
        this.startDate = t.startDate();
        this.endDate = t.endDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void moveTo(State next, String action) {
        if (!state.allows(next)) {
            throw new ConflictException("error.contract.state", state, action);
        }
        state = next;
    }

    /** A draft comes into force (is billed from now on). */
    public void activate() {
        moveTo(State.ACTIVE, "activate");
    }

    /**
     * Ends the contract early on {@code date}, its last day in force (billed up to it, prorated), for a reason;
     * the date lies between the start and the end date. A draft is cancelled the same way.
     */
    public void terminate(LocalDate date, String reason) {
        if (date == null) {
            throw new RuleViolationException("error.required", "date");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("error.required", "reason");
        }
        if (reason.trim().length() > 500) {
            throw new RuleViolationException("error.contract.tooLong", "reason", 500);
        }
        if (date.isBefore(startDate) || date.isAfter(endDate)) {
            throw new RuleViolationException("error.contract.terminationDate", "date", startDate, endDate);
        }
        moveTo(State.TERMINATED, "terminate");
        terminatedOn = date;
        terminationReason = reason.trim();
    }

    /** Whether the contract's end has passed while it is still active (it should be marked expired). */
    public boolean overdueForExpiry(LocalDate today) {
        return state == State.ACTIVE && endDate.isBefore(today);
    }

    /** Marks an active contract whose end date has passed as expired. */
    public void expire(LocalDate today) {
        if (state == State.ACTIVE && !endDate.isBefore(today)) {
            throw new ConflictException("error.contract.notEnded", endDate);
        }
        moveTo(State.EXPIRED, "expire");
    }

    /** Days from {@code today} to the end date (negative once it has passed). */
    public long daysToEnd(LocalDate today) {
        return ChronoUnit.DAYS.between(today, endDate);
    }

    /** The last day billed: the termination date of a terminated contract, else the end date. */
    public LocalDate lastDay() {
        return terminatedOn != null ? terminatedOn : endDate;
    }

    /** What the billing run charges for this contract, with the fee item's code and name. */
    public BillCalculator.Charge charge(String itemCode, String itemName) {
        return new BillCalculator.Charge(unitId, code, itemCode, itemName, monthlyAmount, startDate, lastDay(),
                state != State.DRAFT);
    }

    /** Whether the period is billed for this contract (in force on at least one of its days). */
    public boolean inForce(YearMonth period) {
        return charge("", "").line(period).isPresent();
    }

    public Optional<LocalDate> terminated() {
        return Optional.ofNullable(terminatedOn);
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

    public Long getUnitId() {
        return unitId;
    }

    public String getCode() {
        return code;
    }

    public ContractKind getKind() {
        return kind;
    }

    public Business getBusiness() {
        return business;
    }

    public String getSpaceCode() {
        return spaceCode;
    }

    public String getLocation() {
        return location;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getPartyPhone() {
        return partyPhone;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Long getFeeItemId() {
        return feeItemId;
    }

    public BigDecimal getMonthlyAmount() {
        return monthlyAmount;
    }

    public BigDecimal getDeposit() {
        return deposit;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public State getState() {
        return state;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public String getTerminationReason() {
        return terminationReason;
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
