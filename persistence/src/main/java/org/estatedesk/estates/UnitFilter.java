package org.estatedesk.estates;

/**
 * Filters and sort of the units list. Null members do not filter. {@code code} matches a prefix so that the
 * (estate, code) index serves it.
 */
public record UnitFilter(Long buildingId, UnitType type, UnitState state, String code, Sort sort, boolean descending) {
    public enum Sort { CODE, AREA, TYPE }

    public static UnitFilter none() {
        return new UnitFilter(null, null, null, null, Sort.CODE, false);
    }

    public boolean isEmpty() {
        return buildingId == null && type == null && state == null && (code == null || code.isBlank());
    }
}
