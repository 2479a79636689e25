package org.estatedesk.passes;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.UnitForm;
import org.estatedesk.shared.UnitRef;
import org.estatedesk.shared.Versioned;

/**
 * A pass for a unit's decoration or works (R3.6): a worker access pass (出入证) valid at most the company's
 * {@code pass.maxMonths} months, a temporary pass at most {@code pass.temporaryDays} days, or a hot-work permit (动火证)
 * that needs the welding certificate's number. ISSUED until RETURNED (or CANCELLED); overdue past its last day.
 */
@Entity
@Table(name = "pass")
public class Pass extends UnitForm implements Versioned {
    public enum Kind {
        WORKER, TEMPORARY, HOT_WORK,
        /** A goods release slip (物品放行条, R3.6): the goods the holder takes out, confirmed by the owner. */
        GOODS_RELEASE;

        /** The number's prefix: 出入证 CR, 临时证 LS, 动火证 DH, 放行条 FT. */
        String prefix() {
            return switch (this) {
                case WORKER -> "CR";
                case TEMPORARY -> "LS";
                case HOT_WORK -> "DH";
                case GOODS_RELEASE -> "FT";
            };
        }
    }

    public enum State {
        ISSUED, RETURNED, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pass_seq")
    @SequenceGenerator(name = "pass_seq", sequenceName = "pass_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "pass_number", nullable = false)
    private String number;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @Column(name = "id_number", nullable = false)
    private String idNumber;

    private String employer;

    @Column(name = "certificate_no")
    private String certificateNo;

    /** A goods release slip's goods and the owner who confirmed them by phone. */
    private String goods;

    @Column(name = "confirmed_by_owner")
    private String confirmedByOwner;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.ISSUED;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "returned_by")
    private String returnedBy;

    @Column(name = "returned_at")
    private OffsetDateTime returnedAt;

    @Version
    private int version;

    protected Pass() {
    }

    /**
     * A pass: holder's name and identity document number, the period within the kind's limit ({@code maxMonths}
     * for a worker's or hot-work pass, {@code temporaryDays} for a temporary one), the certificate for hot work.
     * The number is given once the id is known ({@link #numbered}).
     */
    public Pass(long companyId, long estateId, long unitId, String unitCode, Kind kind, String holderName,
            String idNumber, String employer, String certificateNo, LocalDate validFrom, LocalDate validTo,
            int maxMonths, int temporaryDays, String by, OffsetDateTime at) {
        this(companyId, estateId, unitId, unitCode, kind, holderName, idNumber, employer, certificateNo, null, null,
                validFrom, validTo, maxMonths, temporaryDays, by, at);
    }

    /**
     * A pass as above; a goods release slip (GOODS_RELEASE) also names the goods and the owner who confirmed them by
     * phone, and is valid for one day (its last day defaults to its first).
     */
    public Pass(long companyId, long estateId, long unitId, String unitCode, Kind kind, String holderName,
            String idNumber, String employer, String certificateNo, String goods, String confirmedByOwner,
            LocalDate validFrom, LocalDate validTo, int maxMonths, int temporaryDays, String by, OffsetDateTime at) {
        super(new UnitRef(companyId, estateId, unitId, unitCode));
        if (kind == null) {
            throw new RuleViolationException("error.required", "kind");
        }
        this.holderName = text(holderName, "holderName", 100, true);
        this.idNumber = text(idNumber, "idNumber", 40, true);
        this.employer = text(employer, "employer", 200, false);
        this.certificateNo = text(certificateNo, "certificateNo", 60, kind == Kind.HOT_WORK);
        if (validFrom == null) {
            throw new RuleViolationException("error.required", "validFrom");
        }
        if (kind == Kind.GOODS_RELEASE) {
            this.goods = text(goods, "goods", 1000, true);
            this.confirmedByOwner = text(confirmedByOwner, "confirmedByOwner", 100, true);
            if (validTo == null) {
                validTo = validFrom;
            }
            if (!validTo.equals(validFrom)) {
                throw new RuleViolationException("error.pass.oneDay", "validTo");
            }
        }
        if (validTo == null) {
            throw new RuleViolationException("error.required", "validTo");
        }
        if (validTo.isBefore(validFrom)) {
            throw new RuleViolationException("error.pass.period", "validTo");
        }
        if (kind == Kind.TEMPORARY && ChronoUnit.DAYS.between(validFrom, validTo) + 1 > temporaryDays) {
            throw new RuleViolationException("error.pass.temporaryTooLong", "validTo", temporaryDays);
        }
        if (kind != Kind.TEMPORARY && kind != Kind.GOODS_RELEASE && validTo.isAfter(validFrom.plusMonths(maxMonths).minusDays(1))) {
            throw new RuleViolationException("error.pass.tooLong", "validTo", maxMonths);
        }
        this.kind = kind;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.issuedBy = by;
        this.issuedAt = at;
        this.number = "";
    }

    private static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new RuleViolationException(field.equals("certificateNo") ? "error.pass.certificate"
                        : "error.required", field);
            }
            return null;
        }
        if (value.trim().length() > max) {
            throw new RuleViolationException("error.pass.tooLongText", field, max);
        }
        return value.trim();
    }

    /** Numbers the pass by kind, year and id: CR2026-000123. */
    public void numbered(int year) {
        number = kind.prefix() + year + "-" + String.format("%06d", id);
    }

    /** The pass came back: ISSUED → RETURNED (the deposit, if any, is refunded at the cashier's desk). */
    public void giveBack(String by, OffsetDateTime at) {
        if (state != State.ISSUED) {
            throw new ConflictException("error.pass.notIssued", number, state);
        }
        state = State.RETURNED;
        returnedBy = by;
        returnedAt = at;
    }

    /** Still out after its last day. */
    public boolean isOverdue(LocalDate today) {
        return state == State.ISSUED && validTo.isBefore(today);
    }

    public String getGoods() {
        return goods;
    }

    public String getConfirmedByOwner() {
        return confirmedByOwner;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getEmployer() {
        return employer;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public State getState() {
        return state;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public OffsetDateTime getReturnedAt() {
        return returnedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
