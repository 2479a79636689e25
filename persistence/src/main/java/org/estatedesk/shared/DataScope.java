package org.estatedesk.shared;

/**
 * Whose data a caller may see (R0.6). Repositories turn it into a WHERE clause over {@code user_scope};
 * nothing is filtered in Java. A group administrator sees every company.
 */
public record DataScope(long userId, boolean groupWide) {
    /**
     * JPQL condition on an estate alias {@code e}: true when the caller may see the estate, through his own
     * scope or through his company's shared acceptance of it (R0.7).
     */
    public static final String ESTATE_VISIBLE = "(:groupWide = true or exists (select 1 from UserScope s"
            + " where s.userId = :scopeUser and s.companyId = e.companyId"
            + " and (s.estateId is null or s.estateId = e.id))"
            + " or exists (select 1 from SharedAcceptance a, UserScope s2 where a.estateId = e.id"
            + " and s2.userId = :scopeUser and s2.companyId = a.acceptingCompanyId and s2.estateId is null))";

    /** JPQL condition on a company id expression, inserted as {@code %s}: the caller holds a scope in that company. */
    public static final String COMPANY_VISIBLE = "(:groupWide = true or exists (select 1 from UserScope s"
            + " where s.userId = :scopeUser and s.companyId = %s))";

    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        query.setParameter("groupWide", groupWide);
        query.setParameter("scopeUser", userId);
        return query;
    }
}
