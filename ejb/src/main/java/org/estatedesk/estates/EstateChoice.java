package org.estatedesk.estates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.RuleViolationException;

/**
 * The estates a company-wide run (billing, archive audit) works on: of the estates the caller sees, those of one
 * company — the one named, or without a name the company of the first estate chosen (a group administrator belongs
 * to none), or the caller's own — and of those the ones chosen, all when none is chosen. An estate chosen that is not
 * among them is not found; a run with no estate at all is refused with {@code emptyKey}.
 *
 * @param companyId the company the run belongs to
 * @param estateIds the estates chosen, in the order given (or the visible order when all)
 * @param visible the company's estates the caller sees, by id, in the visible order
 */
public record EstateChoice(long companyId, List<Long> estateIds, Map<Long, Estate> visible) {

    /**
     * @param seen the estates the caller sees, in the order the run should take them
     * @param company the caller's check of a named company ({@code CallerContext::company}): the id he may act for
     */
    public static EstateChoice of(List<Estate> seen, Long companyId, List<Long> estateIds, LongFunction company,
            String emptyKey) {
        Map<Long, Estate> all = new LinkedHashMap<>();
        seen.forEach(e -> all.put(e.getId(), e));
        Long named = companyId;
        if (named == null && estateIds != null && !estateIds.isEmpty() && all.containsKey(estateIds.get(0))) {
            named = all.get(estateIds.get(0)).getCompanyId();
        }
        long chosenCompany = company.apply(named);
        Map<Long, Estate> visible = new LinkedHashMap<>();
        all.values().stream().filter(e -> e.getCompanyId() == chosenCompany).forEach(e -> visible.put(e.getId(), e));
        List<Long> chosen = estateIds == null || estateIds.isEmpty() ? List.copyOf(visible.keySet())
                : estateIds.stream().distinct().toList();
        for (Long id : chosen) {
            if (!visible.containsKey(id)) {
                throw new NotFoundException("estate", id);
            }
        }
        if (chosen.isEmpty()) {
            throw new RuleViolationException(emptyKey, "estateIds");
        }
        return new EstateChoice(chosenCompany, chosen, visible);
    }

    /** The caller's company check: a company id (or null for his own) to the id he may act for. */
    @FunctionalInterface
    public interface LongFunction {
        long apply(Long companyId);
    }
}
