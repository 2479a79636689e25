package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.Money;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * Finance statements (R4.7) over the estates of a company the caller sees: the month's income per estate and
 * payment method, arrears ageing per estate, and the collection rate per estate and billing month. Every figure
 * is one grouped query over bills or payments, never a sum in Java over rows.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.AUDITOR})
public class StatementService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    /** The longest range of months of one collection statement. */
    public static final int MAX_MONTHS = 36;

    @Inject
    StatementRepository statements;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    /** One estate's income of a month: the sum per method and in total, reversals included (negative). */
    public record Income(Estate estate, Map<PaymentMethod, BigDecimal> byMethod, long payments, BigDecimal total) {
    }

    /** One estate's unpaid principal by days past due on a day (0–30, 31–90, 91–180, over 180); late fees beside. */
    public record Ageing(Estate estate, BigDecimal notDue, BigDecimal upTo30, BigDecimal upTo90, BigDecimal upTo180,
            BigDecimal over180, BigDecimal total, BigDecimal lateFees) {
    }

    /** One estate's bills of a month: billed, collected so far, and the rate. */
    public record Collection(Estate estate, YearMonth period, long bills, BigDecimal billed, BigDecimal collected) {
        /** Collected ÷ billed, in percent with one decimal; 100 when nothing was billed. */
        public BigDecimal rate() {
            return billed.signum() == 0 ? new BigDecimal("100.0")
                    : collected.multiply(BigDecimal.valueOf(100)).divide(billed, 1, RoundingMode.HALF_UP);
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.AUDITOR})
    public List<Income> income(Long companyId, YearMonth month) {
        Map<Long, Estate> visible = visible(companyId);
        if (month == null) {
            throw new RuleViolationException("error.required", "period");
        }
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<PaymentMethod, BigDecimal>> sums = new LinkedHashMap<>();
        Map<Long, Long> counts = new LinkedHashMap<>();
        for (StatementRepository.MethodSum s : statements.income(visible.keySet(),
                month.atDay(1).atStartOfDay(zones.zone()).toOffsetDateTime(),
                month.plusMonths(1).atDay(1).atStartOfDay(zones.zone()).toOffsetDateTime())) {
            sums.computeIfAbsent(s.estateId(), k -> zeros()).put(s.method(), s.amount());
            counts.merge(s.estateId(), s.payments(), Long::sum);
        }
        List<Income> rows = new ArrayList<>();
        for (Estate e : visible.values()) {
            Map<PaymentMethod, BigDecimal> byMethod = sums.getOrDefault(e.getId(), zeros());
            rows.add(new Income(e, byMethod, counts.getOrDefault(e.getId(), 0L),
                    byMethod.values().stream().reduce(Money.ZERO, BigDecimal::add)));
        }
        return rows;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.AUDITOR})
    public List<Ageing> ageing(Long companyId, LocalDate asOf) {
        Map<Long, Estate> visible = visible(companyId);
        LocalDate day = asOf == null ? LocalDate.now(clock.withZone(zones.zone())) : asOf;
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, StatementRepository.AgeingSums> sums = new LinkedHashMap<>();
        statements.ageing(visible.keySet(), day).forEach(s -> sums.put(s.estateId(), s));
        List<Ageing> rows = new ArrayList<>();
        for (Estate e : visible.values()) {
            StatementRepository.AgeingSums s = sums.get(e.getId());
            if (s == null) {
                rows.add(new Ageing(e, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                        Money.ZERO));
            } else {
                rows.add(new Ageing(e, s.notDue(), s.upTo30(), s.upTo90(), s.upTo180(), s.over180(),
                        s.notDue().add(s.upTo30()).add(s.upTo90()).add(s.upTo180()).add(s.over180()), s.lateFees()));
            }
        }
        return rows;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.AUDITOR})
    public List<Collection> collection(Long companyId, YearMonth from, YearMonth to) {
        Map<Long, Estate> visible = visible(companyId);
        if (from == null || to == null) {
            throw new RuleViolationException("error.required", from == null ? "from" : "to");
        }
        if (to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw new RuleViolationException("error.statement.range", "to", MAX_MONTHS);
        }
        if (visible.isEmpty()) {
            return List.of();
        }
        return statements.collection(visible.keySet(), from, to).stream()
                .map(c -> new Collection(visible.get(c.estateId()), c.period(), c.bills(), c.billed(), c.collected()))
                .toList();
    }

    private static Map<PaymentMethod, BigDecimal> zeros() {
        Map<PaymentMethod, BigDecimal> m = new EnumMap<>(PaymentMethod.class);
        for (PaymentMethod p : PaymentMethod.values()) {
            m.put(p, Money.ZERO);
        }
        return m;
    }

    /** The company's estates the caller sees, by code. */
    private Map<Long, Estate> visible(Long companyId) {
        long company = caller.company(companyId);
        Map<Long, Estate> result = new LinkedHashMap<>();
        estates.findVisible(caller.scope()).stream().filter(e -> e.getCompanyId() == company)
                .sorted(java.util.Comparator.comparing(Estate::getCode)).forEach(e -> result.put(e.getId(), e));
        return result;
    }
}
