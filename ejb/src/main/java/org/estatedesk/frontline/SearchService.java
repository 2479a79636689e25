package org.estatedesk.frontline;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.estatedesk.owners.Owner;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * The global search box (issue 20): owners by name, phone or the last digits of the identity number; units by code;
 * tasks, receipts and forms by number. One query per kind, each bounded by the limit and each within the caller's
 * data scope; the answer takes the kinds in turns (an owner, a unit, a task … then the second of each), so that
 * no kind crowds the others out, and stops at the limit.
 */
@Stateless
@DeclareRoles(Roles.STAFF)
public class SearchService {
    /** The shortest search text. */
    public static final int MIN_TEXT = 2;
    /** The limit when none is asked, and the most one may ask. */
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    /** The last digits of an identity number: four or more digits (the last may be X). */
    /** A task number: {@code T00000042}, or its digits. */
    private static final Pattern TASK_NUMBER = Pattern.compile("[Tt]?0*([0-9]{1,15})");

    @Inject
    FrontLineRepository repository;

    @Inject
    CallerContext caller;

    /** One hit: a record of another capability ({@link SearchHit}) or an owner, his identity number masked. */
    public record Hit(SearchHit.Type type, FormKind form, long id, String title, String detail, String stateKey,
            Long estateId, Long unitId) {
        static Hit of(SearchHit h) {
            return new Hit(h.type(), h.form(), h.id(), h.title(), h.detail(), h.stateKey(), h.estateId(), h.unitId());
        }

        static Hit of(Owner o) {
            return new Hit(SearchHit.Type.OWNER, null, o.getId(), o.getName(),
                    o.getPhone() + " · " + o.getMaskedIdNumber(), null, null, null);
        }
    }

    /**
     * What the text finds, at most {@code limit} hits ({@code null}: {@value #DEFAULT_LIMIT}, at most
     * {@value #MAX_LIMIT}); a text shorter than {@value #MIN_TEXT} characters is refused on {@code q}.
     */
    @RolesAllowed(Roles.STAFF)
    public List<Hit> search(String text, Integer limit) {
        String q = text == null ? "" : text.strip();
        if (q.length() < MIN_TEXT) {
            throw new RuleViolationException("error.search.tooShort", "q", MIN_TEXT);
        }
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw new RuleViolationException("error.search.limit", "limit", MAX_LIMIT);
        }
        DataScope scope = caller.scope();
        List<List<Hit>> kinds = new ArrayList<>();
        kinds.add(repository.owners(q, org.estatedesk.owners.IdNumberMask.searchPattern(q), scope, max).stream()
                .map(Hit::of).toList());
        kinds.add(hits(repository.units(q, scope, max)));
        Matcher task = TASK_NUMBER.matcher(q);
        kinds.add(task.matches() ? hits(repository.tasks(Long.parseLong(task.group(1)), scope, max)) : List.of());
        kinds.add(hits(repository.receipts(q, scope, max)));
        for (FormKind kind : FormKind.values()) {
            kinds.add(hits(repository.forms(kind, q, scope, max)));
        }
        return inTurns(kinds, max);
    }

    private static List<Hit> hits(List<SearchHit> found) {
        return found.stream().map(Hit::of).toList();
    }

    /** The first of each kind, then the second of each …, until the limit. */
    static List<Hit> inTurns(List<List<Hit>> kinds, int limit) {
        List<Iterator<Hit>> its = kinds.stream().map(List::iterator).toList();
        List<Hit> out = new ArrayList<>();
        boolean more = true;
        while (more && out.size() < limit) {
            more = false;
            for (Iterator<Hit> it : its) {
                if (it.hasNext() && out.size() < limit) {
                    out.add(it.next());
                    more = true;
                }
            }
        }
        return out;
    }
}
