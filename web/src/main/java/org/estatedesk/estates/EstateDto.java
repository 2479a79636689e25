package org.estatedesk.estates;

public record EstateDto(long id, String code, String name, long companyId, String city, String address, int unitCount) {
    static EstateDto of(Estate e) {
        return new EstateDto(e.getId(), e.getCode(), e.getName(), e.getCompanyId(), e.getCity(), e.getAddress(),
                e.getUnitCount());
    }
}
