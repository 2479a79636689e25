package org.estatedesk.frontline;

import java.util.Collection;
import java.util.List;
import org.estatedesk.billing.Bill;
import org.estatedesk.billing.Payment;
import org.estatedesk.keys.EstateKey;
import org.estatedesk.servicedesk.Task;
import org.estatedesk.shared.DataScope;

/**
 * The front line's reads: one query per kind of record, each bounded by {@code limit} and each within the caller's
 * data scope in SQL (owners by company, everything else by estate).
 */
public interface FrontLineRepository {
    /**
     * Owners whose name or phone contains {@code text} (case-insensitive), or whose identity number matches
     * {@code idPattern} when given: the LIKE pattern of {@link org.estatedesk.owners.IdNumberMask#searchPattern}
     * (the last four characters or the whole number).
     */
    List<org.estatedesk.owners.Owner> owners(String text, String idPattern, DataScope scope, int limit);

    /** Units whose code starts with {@code text}. */
    List<SearchHit> units(String text, DataScope scope, int limit);

    /** The task of this id ({@code T00000042} is task 42). */
    List<SearchHit> tasks(long id, DataScope scope, int limit);

    /** Receipts (payments) whose number contains {@code text}. */
    List<SearchHit> receipts(String text, DataScope scope, int limit);

    /** Forms of one kind whose number contains {@code text}. */
    List<SearchHit> forms(FormKind kind, String text, DataScope scope, int limit);

    /** The units the owner holds now, in estates the caller sees. */
    List<HeldUnit> heldUnits(long ownerId, DataScope scope);

    /** The latest calls and visits (receptions) about these units, newest first. */
    List<org.estatedesk.servicedesk.Reception> recentCalls(Collection<Long> unitIds, int limit);

    /** The latest tasks about these units, newest first. */
    List<Task> recentTasks(Collection<Long> unitIds, int limit);

    /** The latest bills of these units, newest first. */
    List<Bill> recentBills(Collection<Long> unitIds, int limit);

    /** The latest payments (receipts) of these units, newest first. */
    List<Payment> recentPayments(Collection<Long> unitIds, int limit);

    /** The keys of these units in the key store. */
    List<EstateKey> keys(Collection<Long> unitIds);

    /** The latest forms of one kind about these units, newest first. */
    List<FormRow> forms(FormKind kind, Collection<Long> unitIds, int limit);
}
