package org.estatedesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * The unit a form is about: company, estate, unit and the unit's code as it was when the form was written (a form
 * keeps the code it was issued for, R3.1, R3.4, R3.6–R3.8), in the columns {@code company_id}, {@code estate_id},
 * {@code unit_id} and {@code unit_code}. Immutable. Queries reach them as {@code x.unit.estateId} and so on.
 */
@Embeddable
public class UnitRef {
    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unitCode;

    protected UnitRef() {
    }

    /** A unit of an estate of a company; with the unit's code when the form was written. */
    public UnitRef(long companyId, long estateId, long unitId, String unitCode) {
        this.companyId = companyId;
        this.estateId = estateId;
        this.unitId = unitId;
        this.unitCode = unitCode;
    }

    /** The unit's company and estate. */
    public EstateRef estate() {
        return new EstateRef(companyId, estateId);
    }

    /** Whether this is the unit {@code id}. */
    public boolean is(long id) {
        return unitId == id;
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

    public String getUnitCode() {
        return unitCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitRef r && Objects.equals(companyId, r.companyId) && Objects.equals(estateId, r.estateId)
                && Objects.equals(unitId, r.unitId) && Objects.equals(unitCode, r.unitCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(companyId, estateId, unitId, unitCode);
    }
}
