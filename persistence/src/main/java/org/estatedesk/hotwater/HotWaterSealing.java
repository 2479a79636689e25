package org.estatedesk.hotwater;

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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.estatedesk.billing.MeterKind;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.DecidedUnitForm;
import org.estatedesk.shared.FormDecision;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.UnitRef;
import org.estatedesk.shared.Versioned;
import org.estatedesk.shared.Zones;

/**
 * A hot-water sealing (热水封堵, R3.8), in the order of the source's procedure: AGREED (the owner signed the sealing
 * agreement, numbered RS{year}-{id}) → READ (the final meter reading taken; its consumption charged at once) →
 * IN_APPROVAL (every hot-water fee of the unit paid: settled; a CS manager decides) → APPROVED (engineering gets the
 * task) or REJECTED → SEALED (engineering sealed it; the meter and its parts left with the owner) → ARCHIVED (the
 * agreement filed in the unit's archive). At most one open sealing per unit. While a sealing is SEALED or ARCHIVED the
 * unit's hot-water meter is sealed and takes no reading until engineering opens it again (UNSEALED, 启封).
 */
@Entity
@Table(name = "hot_water_sealing")
public class HotWaterSealing extends DecidedUnitForm implements Versioned {
    public static final String FORM_TYPE = "HOT_WATER_SEAL";
    public static final ZoneId ZONE = Zones.DEFAULT_ZONE;

    public enum State {
        AGREED, READ, IN_APPROVAL, APPROVED, REJECTED, SEALED, ARCHIVED, UNSEALED;

        public boolean open() {
            return this != REJECTED && this != ARCHIVED && this != UNSEALED;
        }

        /** The meter is sealed in this state: it takes no reading. */
        public boolean sealsMeter() {
            return this == SEALED || this == ARCHIVED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hot_water_sealing_seq")
    @SequenceGenerator(name = "hot_water_sealing_seq", sequenceName = "hot_water_sealing_seq", allocationSize = 50)
    private Long id;

    @Column(name = "active_unit")
    private Long activeUnit;

    @Column(name = "agreement_number")
    private String agreementNumber;

    @Column(nullable = false)
    private String applicant;

    @Column(name = "applicant_phone")
    private String applicantPhone;

    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.AGREED;

    @Column(name = "agreed_by", nullable = false)
    private String agreedBy;

    @Column(name = "agreed_at", nullable = false)
    private OffsetDateTime agreedAt;

    @Column(name = "final_reading")
    private BigDecimal finalReading;

    @Column(name = "reading_period")
    private String readingPeriod;

    private BigDecimal consumption;

    @Column(name = "final_amount")
    private BigDecimal finalAmount;

    @Column(name = "charge_bill_id")
    private Long chargeBillId;

    @Column(name = "read_by")
    private String readBy;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    @Column(name = "settled_at")
    private OffsetDateTime settledAt;

    @Column(name = "task_number")
    private String taskNumber;

    @Column(name = "seal_number")
    private String sealNumber;

    @Column(name = "seal_remarks")
    private String sealRemarks;

    @Column(name = "sealed_by")
    private String sealedBy;

    @Column(name = "sealed_at")
    private OffsetDateTime sealedAt;

    @Column(name = "archive_item_id")
    private Long archiveItemId;

    @Column(name = "archived_by")
    private String archivedBy;

    @Column(name = "archived_at")
    private OffsetDateTime archivedAt;

    @Column(name = "unsealed_by")
    private String unsealedBy;

    @Column(name = "unsealed_at")
    private OffsetDateTime unsealedAt;

    @Column(name = "unseal_remarks")
    private String unsealRemarks;

    @Version
    private int version;

    protected HotWaterSealing() {
    }

    /** The owner's request with the signed agreement: who asked (the owner or his agent), a phone, why. */
    public HotWaterSealing(long companyId, long estateId, long unitId, String unitCode, String applicant,
            String applicantPhone, String reason, String by, OffsetDateTime at) {
        super(new UnitRef(companyId, estateId, unitId, unitCode));
        this.applicant = required(applicant, "applicant", 100);
        this.applicantPhone = optional(applicantPhone, "applicantPhone", 40);
        this.reason = optional(reason, "reason", 500);
        this.activeUnit = unitId;
        this.agreedBy = by;
        this.agreedAt = at;
    }

    /** The agreement's number once the id is known: RS{year}-{id}. */
    public void number() {
        agreementNumber = "RS" + agreedAt.atZoneSameInstant(ZONE).getYear() + "-" + String.format("%06d", id);
    }

    /**
     * The final reading (查看热水表读数) of the period, its consumption and the amount charged for it (the meter
     * reading itself is recorded by billing). AGREED → READ.
     */
    public void finalReading(BigDecimal reading, YearMonth period, BigDecimal used, BigDecimal amount, Long billId,
            String by, OffsetDateTime at) {
        require(State.AGREED, "read");
        finalReading = reading;
        readingPeriod = period.toString();
        consumption = used;
        finalAmount = amount;
        chargeBillId = billId;
        readBy = by;
        readAt = at;
        state = State.READ;
    }

    /** Every hot-water fee is paid (结算热水费): READ → IN_APPROVAL, a CS manager decides. */
    public void settled(BigDecimal stillOpen, OffsetDateTime at) {
        require(State.READ, "settle");
        if (stillOpen.signum() > 0) {
            throw new ConflictException("error.hotwater.unpaid", stillOpen.toPlainString());
        }
        settledAt = at;
        state = State.IN_APPROVAL;
    }

    /** The manager's decision: APPROVED (engineering seals), or REJECTED, which closes it. */
    public void decide(boolean approve, String by, String comment, OffsetDateTime at) {
        require(State.IN_APPROVAL, "decide");
        state = approve ? State.APPROVED : State.REJECTED;
        decided(FormDecision.decide(by, at, comment));
        if (!approve) {
            activeUnit = null;
        }
    }

    /** The engineering task that seals it (前台派单). */
    public void dispatched(String number) {
        taskNumber = number;
    }

    /**
     * Engineering sealed it (工程封堵): the seal's number and remarks — the meter and its parts are kept by the owner.
     * APPROVED → SEALED.
     */
    public void sealed(String seal, String remarks, String by, OffsetDateTime at) {
        require(State.APPROVED, "seal");
        sealNumber = required(seal, "sealNumber", 40);
        sealRemarks = optional(remarks, "remarks", 500);
        sealedBy = by;
        sealedAt = at;
        state = State.SEALED;
    }

    /** The agreement was filed in the unit's archive (将封堵协议存档): SEALED → ARCHIVED. */
    public void archived(long itemId, String by, OffsetDateTime at) {
        require(State.SEALED, "archive");
        archiveItemId = itemId;
        archivedBy = by;
        archivedAt = at;
        activeUnit = null;
        state = State.ARCHIVED;
    }

    /**
     * A reading of the unit's hot-water meter while it is sealed (SEALED or ARCHIVED) is refused, naming the seal:
     * the meter shows nothing to bill until engineering opens it ({@link #unseal}). Other meters are not affected.
     */
    public void refuseReading(MeterKind meter) {
        if (meter == MeterKind.HOT_WATER && state.sealsMeter()) {
            throw new RuleViolationException("error.reading.sealed", "reading", getUnitCode(), sealNumber,
                    agreementNumber);
        }
    }

    /**
     * Engineering opened the sealed meter again (启封), e.g. the owner moves back in: SEALED or ARCHIVED → UNSEALED;
     * readings are taken again from then on.
     */
    public void unseal(String remarks, String by, OffsetDateTime at) {
        if (!state.sealsMeter()) {
            throw new ConflictException("error.hotwater.illegalTransition", "unseal", state);
        }
        unsealRemarks = optional(remarks, "remarks", 500);
        unsealedBy = by;
        unsealedAt = at;
        activeUnit = null;
        state = State.UNSEALED;
    }

    public void require(State expected, String action) {
        if (state != expected) {
            throw new ConflictException("error.hotwater.illegalTransition", action, state);
        }
    }

    private static String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new RuleViolationException("error.required", field);
        }
        return text;
    }

    private static String optional(String value, String field, int max) {
        String text = value == null || value.isBlank() ? null : value.trim();
        if (text != null && text.length() > max) {
            throw new RuleViolationException("error.decoration.tooLong", field, max);
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public String getAgreementNumber() {
        return agreementNumber;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public String getReason() {
        return reason;
    }

    public State getState() {
        return state;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public OffsetDateTime getAgreedAt() {
        return agreedAt;
    }

    public BigDecimal getFinalReading() {
        return finalReading;
    }

    public String getReadingPeriod() {
        return readingPeriod;
    }

    public BigDecimal getConsumption() {
        return consumption;
    }

    public BigDecimal getFinalAmount() {
        return finalAmount;
    }

    public Long getChargeBillId() {
        return chargeBillId;
    }

    public String getReadBy() {
        return readBy;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }

    public OffsetDateTime getSettledAt() {
        return settledAt;
    }

    public String getTaskNumber() {
        return taskNumber;
    }

    public String getSealNumber() {
        return sealNumber;
    }

    public String getSealRemarks() {
        return sealRemarks;
    }

    public String getSealedBy() {
        return sealedBy;
    }

    public OffsetDateTime getSealedAt() {
        return sealedAt;
    }

    public Long getArchiveItemId() {
        return archiveItemId;
    }

    public String getArchivedBy() {
        return archivedBy;
    }

    public OffsetDateTime getArchivedAt() {
        return archivedAt;
    }

    public String getUnsealedBy() {
        return unsealedBy;
    }

    public OffsetDateTime getUnsealedAt() {
        return unsealedAt;
    }

    public String getUnsealRemarks() {
        return unsealRemarks;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
