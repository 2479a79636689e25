package org.estatedesk.keys;

import java.io.Serializable;

/**
 * A key to register: its estate, category and tag; the unit (by id or by code) of an owner's key, the building and
 * floor of a public door, window or water-meter box, the equipment of an equipment room; where it hangs, how many,
 * whether it is the category's emergency spare set.
 */
public record NewKey(Long estateId, KeyCategory category, String tag, Long unitId, String unitCode,
        String buildingCode, Integer floor, String equipment, String location, Integer quantity, boolean spare)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
