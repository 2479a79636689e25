package org.estatedesk.statistics;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * An estate's snapshot of a month as the dashboard and the API show it: the estate, the snapshot's revision, run
 * and time, whether the month is closed (over: the figures are final until a manager runs the month again), and
 * the figures.
 */
public record EstateFigures(long estateId, String estateCode, String estateName, int revision, Long runId,
        OffsetDateTime computedAt, boolean closed, MonthlyFigures figures) implements Serializable {
    private static final long serialVersionUID = 1L;
}
