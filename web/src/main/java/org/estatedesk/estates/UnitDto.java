package org.estatedesk.estates;

import java.math.BigDecimal;

public record UnitDto(long id, String code, UnitType type, BigDecimal area, Long ownerId, long estateId,
        Long buildingId, Integer floor, UnitState state) {
    public static UnitDto of(Unit u) {
        return new UnitDto(u.getId(), u.getCode(), u.getType(), u.getArea(), u.getOwnerId(), u.getEstateId(),
                u.getBuildingId(), u.getFloor(), u.getState());
    }
}
