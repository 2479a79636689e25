package org.estatedesk.shared;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/**
 * A form about one unit (decoration application and violation, pass, relocation, hot-water sealing): it carries
 * the {@link UnitRef} in its own table's columns and answers for it. The form's subclass holds its id, version,
 * state and rules.
 */
@MappedSuperclass
public abstract class UnitForm {
    @Embedded
    private UnitRef unit;

    protected UnitForm() {
    }

    protected UnitForm(UnitRef unit) {
        this.unit = java.util.Objects.requireNonNull(unit, "unit");
    }

    public UnitRef getUnit() {
        return unit;
    }

    public Long getCompanyId() {
        return unit.getCompanyId();
    }

    public Long getEstateId() {
        return unit.getEstateId();
    }

    public Long getUnitId() {
        return unit.getUnitId();
    }

    public String getUnitCode() {
        return unit.getUnitCode();
    }
}
