package org.estatedesk.worklog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.estatedesk.security.AppUser;
import org.estatedesk.security.CurrentUser;
import org.estatedesk.security.UserRepository;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * The work log (工作日志, R6.4): every staff member writes his own day (one entry per day, changed by him alone until
 * its week is reviewed); supervisors read their team's weeks with the missing working days flagged and review a
 * user's week with a comment (once). Who reviews whom: {@link Supervision}.
 */
@Stateless
@DeclareRoles({Roles.STAFF, Roles.ADMIN, Roles.CS_SUPERVISOR, Roles.CS_MANAGER, Roles.ENGINEERING_SUPERVISOR,
    Roles.ENGINEERING_MANAGER})
public class WorkLogService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    /** The longest range one list may ask for. */
    public static final int MAX_DAYS = 92;

    /** A day written: the entry, and whether it is new (201) or changed (200). */
    public record Written(WorkLog log, boolean created) {
    }

    /** A user's entries and the reviews of their weeks. */
    public record Entries(AppUser user, List<WorkLog> entries, List<WorkLogReview> reviews) {
    }

    @Inject
    WorkLogRepository logs;

    @jakarta.ejb.EJB
    org.estatedesk.organisation.ParameterService parameters;

    @Inject
    UserRepository users;

    @Inject
    CallerContext caller;

    @Inject
    CurrentUser currentUser;

    @Inject
    OperationLog log;

    @Resource
    SessionContext context;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zones.zone()));
    }

    /** The caller writes (or rewrites) his log of a day: not ahead of today, not once its week is reviewed (409). */
    @RolesAllowed(Roles.STAFF)
    public Written write(LocalDate date, String workDone, String pending, BigDecimal hours, Integer version) {
        if (date == null) {
            throw new RuleViolationException("error.required", "date");
        }
        AppUser me = currentUser.user();
        if (me.getCompanyId() == null) {
            throw new RuleViolationException("error.worklog.noCompany", "date");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean reviewed = logs.reviewed(me.getId(), IsoWeek.of(date));
        var existing = logs.find(me.getId(), date);
        if (existing.isPresent()) {
            WorkLog w = existing.get();
            w.checkVersion(version);
            w.revise(workDone, pending, hours, reviewed, now);
            return new Written(w, false);
        }
        WorkLog w = new WorkLog(me.getCompanyId(), me.getId(), me.getUsername(), date, workDone, pending, hours,
                reviewed, today(), now);
        logs.store(w);
        return new Written(w, true);
    }

    /**
     * A user's entries of a range (at most {@link #MAX_DAYS} days) with the reviews of their weeks: the caller's own,
     * or — for his supervisor — a team member's; another company's user is not found, a colleague outside one's
     * team is forbidden.
     */
    @RolesAllowed(Roles.STAFF)
    public Entries entries(Long userId, String username, LocalDate from, LocalDate to) {
        AppUser me = currentUser.user();
        AppUser user = userId == null && (username == null || username.isBlank()) ? me : target(userId, username);
        if (!user.getId().equals(me.getId()) && !mayReview(me, user)) {
            throw new AccessDeniedException("error.worklog.notYourTeam", user.getUsername());
        }
        if (from == null || to == null) {
            throw new RuleViolationException("error.required", from == null ? "from" : "to");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new RuleViolationException("error.worklog.range", "to", MAX_DAYS);
        }
        return new Entries(user, logs.entries(user.getId(), from, to),
                logs.reviews(user.getId(), IsoWeek.of(from), IsoWeek.of(to)));
    }

    /** A supervisor reviews one ISO week of a team member's log, with a comment; once per user and week (409). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_SUPERVISOR, Roles.CS_MANAGER, Roles.ENGINEERING_SUPERVISOR,
        Roles.ENGINEERING_MANAGER})
    public WorkLogReview review(String username, String week, String comment) {
        if (username == null || username.isBlank()) {
            throw new RuleViolationException("error.required", "username");
        }
        IsoWeek w = IsoWeek.parse(week, "week");
        AppUser me = currentUser.user();
        AppUser user = target(null, username);
        if (!mayReview(me, user)) {
            throw new AccessDeniedException("error.worklog.notYourTeam", user.getUsername());
        }
        if (logs.reviewed(user.getId(), w)) {
            throw new ConflictException("error.worklog.reviewedAlready", user.getUsername(), w);
        }
        WorkLogReview r = new WorkLogReview(user.getCompanyId(), user.getId(), user.getUsername(), w,
                me.getUsername(), comment, today(), OffsetDateTime.now(clock));
        logs.store(r);
        log.record("WORK_LOG_REVIEW", "user", user.getId(), user.getUsername() + " " + w, user.getCompanyId());
        return r;
    }

    /** The supervisor's team in a week: each member's entries, missing working days and review. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_SUPERVISOR, Roles.CS_MANAGER, Roles.ENGINEERING_SUPERVISOR,
        Roles.ENGINEERING_MANAGER})
    public List<WeekRow> team(IsoWeek week) {
        if (week == null) {
            throw new RuleViolationException("error.required", "week");
        }
        AppUser me = currentUser.user();
        DataScope scope = caller.scope();
        List<AppUser> team = logs.team(me, administrator(), scope);
        List<Long> ids = team.stream().map(AppUser::getId).toList();
        Map<Long, List<WorkLog>> entries = new HashMap<>();
        logs.entries(ids, week).forEach(l -> entries.computeIfAbsent(l.getUserId(), k -> new ArrayList<>()).add(l));
        Map<Long, WorkLogReview> reviews = logs.reviews(ids, week).stream()
                .collect(Collectors.toMap(WorkLogReview::getUserId, r -> r));
        LocalDate today = today();
        Map<Long, Map<LocalDate, Boolean>> calendars = new HashMap<>();
        List<WeekRow> rows = new ArrayList<>();
        for (AppUser u : team) {
            List<WorkLog> mine = entries.getOrDefault(u.getId(), List.of());
            Set<LocalDate> days = mine.stream().map(WorkLog::getDate).collect(Collectors.toSet());
            rows.add(new WeekRow(u.getId(), u.getUsername(), u.getDisplayName(), mine, week.missingDays(days, today,
                    u.getCompanyId() == null ? Map.of() : calendars.computeIfAbsent(u.getCompanyId(),
                            c -> parameters.calendar(c, week.monday(), 6))),
                    reviews.get(u.getId())));
        }
        return rows;
    }

    /** The weeks of the caller's team with entries and no review yet, up to this week (the workbench's figure). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_SUPERVISOR, Roles.CS_MANAGER, Roles.ENGINEERING_SUPERVISOR,
        Roles.ENGINEERING_MANAGER})
    public long waitingForReview() {
        return logs.countWaiting(currentUser.user(), administrator(), caller.scope(), IsoWeek.of(today()));
    }

    private boolean administrator() {
        return context.isCallerInRole(Roles.ADMIN);
    }

    private boolean mayReview(AppUser me, AppUser user) {
        return Supervision.mayReview(me.getId(), me.getCompanyId(), me.getDepartmentId(), me.getRoles(),
                user.getId(), user.getCompanyId(), user.getDepartmentId());
    }

    /** A user of a company the caller sees (else not found, R0.6). */
    private AppUser target(Long userId, String username) {
        AppUser u = (userId != null ? users.find(userId) : users.findByUsername(username.trim()))
                .orElseThrow(() -> new NotFoundException("user", userId != null ? userId : username));
        DataScope scope = caller.scope();
        if (!scope.groupWide() && (u.getCompanyId() == null
                || !users.companyIdsOf(scope.userId()).contains(u.getCompanyId()))) {
            throw new NotFoundException("user", userId != null ? userId : username);
        }
        return u;
    }
}
