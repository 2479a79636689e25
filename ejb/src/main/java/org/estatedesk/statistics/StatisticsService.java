package org.estatedesk.statistics;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.organisation.ParameterKey;
import org.estatedesk.organisation.ParameterService;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.Roles;

/** The monthly statistics snapshots (R6.2) the caller may see, and the thresholds of the KPIs (R0.9). */
@Stateless
@DeclareRoles(Roles.STAFF)
public class StatisticsService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    StatisticsRepository statistics;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @EJB
    ParameterService parameters;

    /** A company's goals: complaints and decoration violations per mille at most. */
    public record Thresholds(BigDecimal complaintPermille, BigDecimal violationPermille) implements
            java.io.Serializable {
    }

    /** The month's snapshots of every estate the caller may see, by estate id. */
    @RolesAllowed(Roles.STAFF)
    public List<EstateFigures> month(YearMonth period) {
        LocalDate today = LocalDate.now(clock.withZone(zones.zone()));
        StatisticsMonths.requirePossible(period, today, "period");
        Map<Long, Estate> visible = estates.findVisible(caller.scope()).stream()
                .collect(Collectors.toMap(Estate::getId, Function.identity()));
        return statistics.snapshots(caller.scope(), period).stream().filter(s -> visible.containsKey(s.estateId()))
                .map(s -> view(visible.get(s.estateId()), s, today)).toList();
    }

    /** The latest month the caller's estates have figures of (the dashboard opens on it); empty before any run. */
    @RolesAllowed(Roles.STAFF)
    public java.util.Optional<YearMonth> latestMonth() {
        return statistics.latestPeriod(caller.scope());
    }

    /** The estate's snapshot of the month; "not found" for an estate out of scope or a month not computed. */
    @RolesAllowed(Roles.STAFF)
    public EstateFigures estate(long estateId, YearMonth period) {
        LocalDate today = LocalDate.now(clock.withZone(zones.zone()));
        StatisticsMonths.requirePossible(period, today, "period");
        Estate estate = estates.find(estateId, caller.scope()).orElseThrow(() -> new NotFoundException("estate",
                estateId));
        return statistics.snapshot(estateId, period).map(s -> view(estate, s, today))
                .orElseThrow(() -> new NotFoundException("statisticsSnapshot", estateId + "/" + period));
    }

    /** The estate's snapshots of the {@code months} months up to {@code to}, oldest first (months without none). */
    @RolesAllowed(Roles.STAFF)
    public List<EstateFigures> trend(long estateId, YearMonth to, int months) {
        LocalDate today = LocalDate.now(clock.withZone(zones.zone()));
        StatisticsMonths.requirePossible(to, today, "period");
        Estate estate = estates.find(estateId, caller.scope()).orElseThrow(() -> new NotFoundException("estate",
                estateId));
        return statistics.trend(estateId, to.minusMonths(Math.max(1, months) - 1L), to).stream()
                .map(s -> view(estate, s, today)).toList();
    }

    @RolesAllowed(Roles.STAFF)
    public Thresholds thresholds(long companyId) {
        return new Thresholds(parameters.decimal(companyId, ParameterKey.KPI_COMPLAINT_PERMILLE),
                parameters.decimal(companyId, ParameterKey.KPI_VIOLATION_PERMILLE));
    }

    private static EstateFigures view(Estate estate, StatisticsRepository.Snapshot s, LocalDate today) {
        return new EstateFigures(estate.getId(), estate.getCode(), estate.getName(), s.revision(), s.runId(),
                s.computedAt(), StatisticsMonths.isClosed(s.figures().period(), today), s.figures());
    }
}
