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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * A fee item of a company's catalogue (收费项目, R4.1): property service fee by area, flat fees, metered hot water.
 * Its prices are {@link FeeRate}s per estate and unit type. An item is never deleted once billed; it is retired.
 */
@Entity
@Table(name = "fee_item")
public class FeeItem implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_item_seq")
    @SequenceGenerator(name = "fee_item_seq", sequenceName = "fee_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{validation.code}")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private FeeBasis basis;

    @Enumerated(EnumType.STRING)
    private MeterKind meter;

    @Column(name = "on_behalf", nullable = false)
    private boolean onBehalf;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected FeeItem() {
    }

    public FeeItem(long companyId, String code, String name, FeeBasis basis, MeterKind meter, boolean onBehalf) {
        this.companyId = companyId;
        this.code = code == null ? null : code.trim();
        describe(name, basis, meter, onBehalf);
    }

    /** Name, basis and meter; a metered item names its meter, the others none. */
    public final void describe(String newName, FeeBasis newBasis, MeterKind newMeter, boolean newOnBehalf) {
        if (newBasis == FeeBasis.METERED && newMeter == null) {
            throw new RuleViolationException("error.fee.meterRequired", "meter");
        }
        this.name = newName == null ? null : newName.trim();
        this.basis = newBasis;
        this.meter = newBasis == FeeBasis.METERED ? newMeter : null;
        this.onBehalf = newOnBehalf;
    }

    public void retire(boolean retired) {
        this.active = !retired;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public FeeBasis getBasis() {
        return basis;
    }

    public MeterKind getMeter() {
        return meter;
    }

    public boolean isOnBehalf() {
        return onBehalf;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
