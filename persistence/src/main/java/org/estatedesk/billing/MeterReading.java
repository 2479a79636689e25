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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.estatedesk.estates.Unit;
import org.estatedesk.shared.Money;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * A meter reading of a unit for a period (热水台账, R4.2). The consumption billed is the reading minus the previous
 * one; a reading below the previous one is refused unless the meter was replaced, when the new meter counts from 0.
 */
@Entity
@Table(name = "meter_reading")
public class MeterReading implements Versioned {
    /** The largest reading a meter shows (numeric(12,2)). */
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meter_reading_seq")
    @SequenceGenerator(name = "meter_reading_seq", sequenceName = "meter_reading_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeterKind meter;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(nullable = false)
    private BigDecimal reading;

    @Column(nullable = false)
    private BigDecimal previous;

    @Column(nullable = false)
    private boolean replacement;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    /** The key of the one-off charge that billed this reading's consumption (a hot-water sealing's final reading,
     * R3.8); the monthly run leaves such a reading out. */
    @Column(name = "settled_by")
    private String settledBy;

    @Version
    private int version;

    protected MeterReading() {
    }

    /**
     * Records a reading after {@code last} (null for the first reading of a meter). Refuses a reading that is
     * negative, has more than two decimals, or is lower than the last one without a replacement (R4.2).
     */
    public static MeterReading record(Unit unit, MeterKind meter, YearMonth period, BigDecimal reading,
            boolean replacement, MeterReading last, String by, OffsetDateTime at) {
        if (reading == null) {
            throw new RuleViolationException("error.required", "reading");
        }
        if (reading.signum() < 0 || reading.scale() > 2 || reading.compareTo(MAX) > 0) {
            throw new RuleViolationException("error.reading.invalid", "reading");
        }
        if (last != null && !period.isAfter(last.getPeriod())) {
            throw new RuleViolationException("error.reading.period", "period", last.getPeriod().toString());
        }
        BigDecimal previous = last == null || replacement ? Money.ZERO : last.reading;
        if (!replacement && reading.compareTo(previous) < 0) {
            throw new RuleViolationException("error.reading.lower", "reading", previous.toPlainString());
        }
        MeterReading r = new MeterReading();
        r.companyId = unit.getCompanyId();
        r.estateId = unit.getEstateId();
        r.unitId = unit.getId();
        r.meter = meter;
        r.period = period.toString();
        r.reading = reading.setScale(2);
        r.previous = previous;
        r.replacement = replacement;
        r.recordedBy = by;
        r.recordedAt = at;
        return r;
    }

    /** This reading's consumption was billed by the one-off charge {@code chargeKey}: the monthly run skips it. */
    public void settledBy(String chargeKey) {
        settledBy = chargeKey;
    }

    public String getSettledBy() {
        return settledBy;
    }

    /** The consumption of the period: reading minus the previous one. */
    public BigDecimal consumption() {
        return reading.subtract(previous);
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

    public MeterKind getMeter() {
        return meter;
    }

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }

    public BigDecimal getReading() {
        return reading;
    }

    public BigDecimal getPrevious() {
        return previous;
    }

    public boolean isReplacement() {
        return replacement;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
