package org.estatedesk.estates;

public record BuildingDto(Long id, Long estateId, String code, String name, Integer floors) {
    static BuildingDto of(Building b) {
        return new BuildingDto(b.getId(), b.getEstateId(), b.getCode(), b.getName(), b.getFloors());
    }
}
