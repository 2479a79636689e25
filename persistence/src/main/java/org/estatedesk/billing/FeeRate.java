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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.estatedesk.estates.UnitType;
import org.estatedesk.shared.Versioned;

/**
 * The price of a fee item for the units of one type in one estate, from a period on (R4.1): per m² and month for
 * an area fee, per month for a flat fee, per unit of consumption for a metered one. A new price is a new rate with
 * a later {@code validFrom}; a period is billed with the latest rate valid in it.
 */
@Entity
@Table(name = "fee_rate")
public class FeeRate implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_rate_seq")
    @SequenceGenerator(name = "fee_rate_seq", sequenceName = "fee_rate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "fee_item_id", nullable = false)
    private Long feeItemId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type")
    private UnitType unitType;

    @NotNull
    @DecimalMin("0.0000")
    @DecimalMax("99999999.9999")
    @Digits(integer = 8, fraction = 4)
    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @Column(name = "valid_from", nullable = false, length = 7)
    private String validFrom;

    @Version
    private int version;

    protected FeeRate() {
    }

    public FeeRate(long feeItemId, long estateId, UnitType unitType, BigDecimal unitPrice, YearMonth validFrom) {
        this.feeItemId = feeItemId;
        this.estateId = estateId;
        this.unitType = unitType;
        this.unitPrice = unitPrice;
        this.validFrom = validFrom.toString();
    }

    public void price(BigDecimal newPrice) {
        this.unitPrice = newPrice;
    }

    public Long getId() {
        return id;
    }

    public Long getFeeItemId() {
        return feeItemId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public YearMonth getValidFrom() {
        return YearMonth.parse(validFrom);
    }

    @Override
    public int getVersion() {
        return version;
    }
}
