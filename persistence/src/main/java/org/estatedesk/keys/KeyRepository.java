package org.estatedesk.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** The key register and its loans (R5.1), read through the caller's data scope. */
public interface KeyRepository {
    /** What the key list filters by; null or false: any. {@code overdue}: a loan out past its due time. */
    record Filter(Long estateId, KeyCategory category, KeyState state, boolean overdue, Long unitId, String tag) {
        public static final Filter ALL = new Filter(null, null, null, false, null, null);
    }

    /** A key with its loan in progress (null when none). */
    record Row(EstateKey key, KeyLoan loan) {
    }

    /** A loan with its key. */
    record LoanRow(KeyLoan loan, EstateKey key) {
    }

    /** A category of an estate that has keys but no emergency spare set (R5.1). */
    record MissingSpare(long estateId, String estateName, KeyCategory category, long keys) {
    }

    Optional<EstateKey> find(long id, DataScope scope);

    Optional<EstateKey> byId(long id);

    Optional<KeyLoan> loan(long id, DataScope scope);

    Optional<KeyLoan> loanById(long id);

    /** Keys by estate and tag order. */
    Page<Row> page(Filter filter, OffsetDateTime now, DataScope scope, PageRequest page);

    /** Loans newest first; {@code state} null: any; {@code overdue}: out past their due time. */
    Page<LoanRow> loans(Long estateId, LoanState state, boolean overdue, OffsetDateTime now, DataScope scope,
            PageRequest page);

    /** Every loan of a key, newest first. */
    List<KeyLoan> loansOf(long keyId);

    /** The categories with keys but without a spare set, per visible estate (or the one given). */
    List<MissingSpare> missingSpares(Long estateId, DataScope scope);

    long countOverdue(OffsetDateTime now, DataScope scope);

    /** How many keys of a unit are lent out now (handed out, not returned): the relocation check of R3.7. */
    long lentOut(long unitId);

    boolean tagExists(long estateId, String tag);

    void store(EstateKey key);

    void store(KeyLoan loan);
}
