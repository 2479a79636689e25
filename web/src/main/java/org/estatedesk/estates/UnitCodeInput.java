package org.estatedesk.estates;

import java.io.Serializable;
import java.util.List;

/**
 * The "estate and unit code" inputs of a dialog that acts on one unit (a pass, a relocation, a hot-water sealing, a
 * decoration application), read as that unit: an unknown code is refused at the {@code unitCode} input.
 */
public class UnitCodeInput implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long estateId;
    private String unitCode;

    /** A fresh dialog: the first of the caller's estates, no code yet. */
    public void start(List<Estate> estates) {
        estateId = estates.isEmpty() ? null : estates.get(0).getId();
        unitCode = null;
    }

    public Unit unit(EstateService estateService) {
        return estateService.unitByCode(estateId, unitCode);
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }
}
