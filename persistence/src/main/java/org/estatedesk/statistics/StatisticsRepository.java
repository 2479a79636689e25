package org.estatedesk.statistics;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Zones;

/** Computing (grouped queries in the database) and keeping the monthly statistics snapshots (R6.2). */
public interface StatisticsRepository {
    /** Month boundaries are local midnights in the companies' time zone. */
    ZoneId ZONE = Zones.DEFAULT_ZONE;

    /** A stored snapshot: which revision, when and by which run it was computed, and its figures. */
    record Snapshot(long estateId, int revision, Long runId, OffsetDateTime computedAt, MonthlyFigures figures)
            implements java.io.Serializable {
    }

    /**
     * The figures of the given estates for the month, from the current data: a fixed number of grouped queries over
     * the month's rows of all these estates together, whatever their number.
     */
    List<MonthlyFigures> compute(Collection<Long> estateIds, YearMonth period);

    /**
     * Replaces the estate's snapshot of the month by these figures (delete and insert in the caller's transaction)
     * and returns the new revision (1 for the first).
     */
    int replace(MonthlyFigures figures, Long runId, OffsetDateTime now);

    /** The snapshots of the month of every estate the caller may see, by estate id. */
    List<Snapshot> snapshots(DataScope scope, YearMonth period);

    Optional<Snapshot> snapshot(long estateId, YearMonth period);

    /** The estate's snapshots of the months from {@code from} to {@code to}, oldest first. */
    List<Snapshot> trend(long estateId, YearMonth from, YearMonth to);

    void store(StatisticsRun run);

    /**
     * Decoration violations found in [from, to) and the units under decoration then, per estate: {violations,
     * units}; the violation rate's figures (R3.4, ‰ against 3 ‰).
     */
    java.util.Map<Long, long[]> decorationViolations(Collection<Long> estateIds, OffsetDateTime from,
            OffsetDateTime to);

    Optional<StatisticsRun> run(long id);

    /** The latest month of which a visible estate has a snapshot; empty before the first run. */
    Optional<YearMonth> latestPeriod(DataScope scope);
}
