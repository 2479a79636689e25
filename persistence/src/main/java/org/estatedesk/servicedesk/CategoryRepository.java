package org.estatedesk.servicedesk;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A company's issue standard library (R1.11) and dispatch table (R1.3). */
public interface CategoryRepository {
    List<IssueCategory> library(long companyId);

    Optional<IssueCategory> byCode(long companyId, String code);

    /** A category with its rows of the dispatch table, in one statement (the intake path). */
    Optional<Map.Entry<IssueCategory, List<DispatchRule>>> withRules(long companyId, String code);

    Optional<IssueCategory> find(long id);

    List<DispatchRule> rules(long companyId);

    List<DispatchRule> rulesOf(long categoryId);

    Optional<DispatchRule> rule(long id);

    void store(IssueCategory category);

    void store(DispatchRule rule);

    void remove(DispatchRule rule);
}
