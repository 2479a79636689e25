package org.estatedesk.servicedesk;

/** A row of the dispatch table (R1.3); {@code categoryCode} names the category in a request. */
public record DispatchRuleDto(Long id, Long companyId, Long categoryId, String categoryCode, LocationKind location,
        Department department) {
    static DispatchRuleDto of(DispatchRule r) {
        return new DispatchRuleDto(r.getId(), r.getCompanyId(), r.getCategoryId(), null, r.getLocationKind(),
                r.getDepartment());
    }
}
