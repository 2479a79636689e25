package org.estatedesk.billing;

import java.util.List;
import java.util.Optional;

/** Prepaid accounts of the units and their entries (R4.8). Callers check the data scope first. */
public interface PrepaidRepository {
    void store(PrepaidAccount account);

    void store(PrepaidEntry entry);

    /** A unit's prepaid account locked for the caller's transaction (R4.8), if it has one. */
    Optional<PrepaidAccount> prepaidForUpdate(long unitId);

    Optional<PrepaidAccount> prepaid(long unitId);

    /** A unit's prepaid entries, newest first. */
    List<PrepaidEntry> prepaidEntries(long unitId);

    /** Units of an estate with a prepaid balance and an unpaid bill: those a bulk deduction pays from. */
    List<Long> unitsToDeduct(long estateId);

    /** Prepaid accounts of visible estates whose owners were warned of a low balance (R4.8), lowest first. */
    List<PrepaidAccount> lowPrepaid(Long estateId, org.estatedesk.shared.DataScope scope, int max);
}
