package org.estatedesk.servicedesk;

/** A category of the issue standard library (R1.11) in and out. */
public record CategoryDto(Long id, Long companyId, Long parentId, String parentCode, String code, String nameZh,
        String nameEn, TaskKind defaultKind, SlaTier defaultTier, LocationKind location, Department department,
        Integer warrantyMonths, Boolean active, Integer version) {
    static CategoryDto of(IssueCategory c) {
        return new CategoryDto(c.getId(), c.getCompanyId(), c.getParentId(), null, c.getCode(), c.getNameZh(),
                c.getNameEn(), c.getDefaultKind(), c.getDefaultTier(), c.getLocationKind(), c.getDepartment(),
                c.getWarrantyMonths(), c.isActive(), c.getVersion());
    }

    CategoryData toData() {
        return new CategoryData(parentCode, code, nameZh, nameEn, defaultKind, defaultTier, location, department,
                warrantyMonths, active);
    }
}
