package org.estatedesk.worklog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.estatedesk.security.AppUser;
import org.estatedesk.shared.DataScope;

/** Work-log entries and weekly reviews (R6.4). */
public interface WorkLogRepository {
    void store(WorkLog log);

    void store(WorkLogReview review);

    Optional<WorkLog> find(long userId, LocalDate date);

    /** A user's entries from {@code from} to {@code to} (both included), by day. */
    List<WorkLog> entries(long userId, LocalDate from, LocalDate to);

    /** The entries of several users in a week. */
    List<WorkLog> entries(List<Long> userIds, IsoWeek week);

    boolean reviewed(long userId, IsoWeek week);

    Optional<WorkLogReview> review(long userId, IsoWeek week);

    /** A user's reviews of the weeks from {@code from} to {@code to}. */
    List<WorkLogReview> reviews(long userId, IsoWeek from, IsoWeek to);

    List<WorkLogReview> reviews(List<Long> userIds, IsoWeek week);

    /**
     * The enabled users a reviewer may review ({@link Supervision}): for an administrator every user of the companies
     * of his scope, for a supervisor the others of his company and department; by user name.
     */
    List<AppUser> team(AppUser reviewer, boolean administrator, DataScope scope);

    /** The weeks (user and week) with entries of those users and no review yet, up to {@code upTo}. */
    long countWaiting(AppUser reviewer, boolean administrator, DataScope scope, IsoWeek upTo);
}
