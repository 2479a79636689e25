package org.estatedesk.worklog;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One team member's week for his supervisor: his entries, the working days without one, the review if any. */
public record WeekRow(long userId, String username, String displayName, List<WorkLog> entries,
        List<LocalDate> missingDays, WorkLogReview review) implements Serializable {
    private static final long serialVersionUID = 1L;
}
