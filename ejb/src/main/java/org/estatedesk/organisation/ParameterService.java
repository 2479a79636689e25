package org.estatedesk.organisation;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;

/**
 * Business parameters per company (R0.9). Every capability reads its numbers through {@link #value}; a company
 * without an override gets DOMAIN.md's default.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.STAFF})
public class ParameterService {
    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Inject
    CallerContext caller;

    @Inject
    OrgUnitRepository organisation;

    @Inject
    OperationLog log;

    @Inject
    ParameterCache cache;

    @RolesAllowed(Roles.STAFF)
    public List<ParameterView> parameters(long companyId) {
        checkCompany(companyId);
        Map<String, String> overrides = overrides(companyId).stream()
                .collect(Collectors.toMap(BusinessParameter::getKey, BusinessParameter::getValue));
        return Arrays.stream(ParameterKey.values()).map(k -> new ParameterView(k, k.defaultValue(),
                overrides.getOrDefault(k.key(), k.defaultValue()), overrides.containsKey(k.key()))).toList();
    }

    @RolesAllowed(Roles.STAFF)
    public String value(long companyId, ParameterKey key) {
        return overrides(companyId).stream().filter(p -> p.getKey().equals(key.key())).findFirst()
                .map(BusinessParameter::getValue).orElse(key.defaultValue());
    }

    /** A company's integer parameter; used by other services, which have checked the company already. */
    @RolesAllowed(Roles.STAFF)
    public int integer(long companyId, ParameterKey key) {
        return Integer.parseInt(value(companyId, key));
    }

    /** Every parameter of a company in one query (its overrides over the defaults). */
    @RolesAllowed(Roles.STAFF)
    public Map<ParameterKey, String> values(long companyId) {
        return cache.get(companyId, this::load);
    }

    private Map<ParameterKey, String> load(long companyId) {
        Map<ParameterKey, String> result = new java.util.EnumMap<>(ParameterKey.class);
        for (ParameterKey k : ParameterKey.values()) {
            result.put(k, k.defaultValue());
        }
        overrides(companyId).forEach(p -> ParameterKey.byKey(p.getKey()).ifPresent(k -> result.put(k, p.getValue())));
        return result;
    }

    @RolesAllowed(Roles.STAFF)
    public BigDecimal decimal(long companyId, ParameterKey key) {
        return new BigDecimal(value(companyId, key));
    }

    @RolesAllowed(Roles.ADMIN)
    public void set(long companyId, ParameterKey key, String value) {
        checkCompany(companyId);
        BusinessParameter existing = overrides(companyId).stream().filter(p -> p.getKey().equals(key.key()))
                .findFirst().orElse(null);
        String before = existing == null ? key.defaultValue() : existing.getValue();
        if (existing == null) {
            em.persist(new BusinessParameter(companyId, key, value));
        } else {
            existing.change(key, value);
        }
        cache.invalidate(companyId);
        log.record("PARAMETER_SET", "parameter", key.key(), before + " -> " + key.validate(value), companyId);
    }

    @RolesAllowed(Roles.ADMIN)
    public void reset(long companyId, ParameterKey key) {
        checkCompany(companyId);
        overrides(companyId).stream().filter(p -> p.getKey().equals(key.key())).findFirst().ifPresent(p -> {
            em.remove(p);
            cache.invalidate(companyId);
            log.record("PARAMETER_RESET", "parameter", key.key(), p.getValue() + " -> " + key.defaultValue(),
                    companyId);
        });
    }

    /** A company's calendar days of a year (holidays and weekend days worked in exchange), in date order. */
    @RolesAllowed(Roles.STAFF)
    public List<Holiday> holidays(long companyId, int year) {
        checkCompany(companyId);
        return em.createQuery("select h from Holiday h where h.companyId = :c and h.day >= :from and h.day < :to"
                + " order by h.day", Holiday.class).setParameter("c", companyId)
                .setParameter("from", java.time.LocalDate.of(year, 1, 1))
                .setParameter("to", java.time.LocalDate.of(year + 1, 1, 1)).getResultList();
    }

    /**
     * Marks the days from {@code from} to {@code to} (both included, at most 31) as holidays ({@code working}
     * false) or as weekend days worked in exchange (true), named; a day already in the calendar is changed.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<Holiday> setHolidays(long companyId, java.time.LocalDate from, java.time.LocalDate to,
            boolean working, String name) {
        checkCompany(companyId);
        if (from == null) {
            throw new org.estatedesk.shared.RuleViolationException("error.required", "from");
        }
        java.time.LocalDate last = to == null ? from : to;
        if (last.isBefore(from) || last.isAfter(from.plusDays(30))) {
            throw new org.estatedesk.shared.RuleViolationException("error.holiday.range", "to", 31);
        }
        Map<java.time.LocalDate, Holiday> existing = em.createQuery("select h from Holiday h where h.companyId = :c"
                + " and h.day between :from and :to", Holiday.class).setParameter("c", companyId)
                .setParameter("from", from).setParameter("to", last).getResultList().stream()
                .collect(Collectors.toMap(Holiday::getDay, h -> h));
        List<Holiday> days = new java.util.ArrayList<>();
        for (java.time.LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
            Holiday h = existing.get(d);
            if (h == null) {
                h = new Holiday(companyId, d, working, name);
                em.persist(h);
            } else {
                h.change(working, name);
            }
            days.add(h);
        }
        log.record("HOLIDAYS_SET", "company", companyId, from + ".." + last + (working ? " worked " : " off ")
                + name.trim(), companyId);
        return days;
    }

    @RolesAllowed(Roles.ADMIN)
    public void removeHoliday(long companyId, java.time.LocalDate day) {
        checkCompany(companyId);
        em.createQuery("select h from Holiday h where h.companyId = :c and h.day = :d", Holiday.class)
                .setParameter("c", companyId).setParameter("d", day).getResultStream().findFirst()
                .ifPresentOrElse(h -> {
                    em.remove(h);
                    log.record("HOLIDAY_REMOVED", "company", companyId, day + " " + h.getName(), companyId);
                }, () -> {
                    throw new NotFoundException("holiday", day);
                });
    }

    /**
     * The company's exceptional days from {@code from} on for {@code days} days, as {@code WorkingDays} takes them
     * (day → worked); used by other services, which have checked the company already.
     */
    @RolesAllowed(Roles.STAFF)
    public Map<java.time.LocalDate, Boolean> calendar(long companyId, java.time.LocalDate from, int days) {
        return em.createQuery("select h from Holiday h where h.companyId = :c and h.day between :from and :to",
                Holiday.class).setParameter("c", companyId).setParameter("from", from)
                .setParameter("to", from.plusDays(days)).getResultList().stream()
                .collect(Collectors.toMap(Holiday::getDay, Holiday::isWorking));
    }

    private List<BusinessParameter> overrides(long companyId) {
        return em.createQuery("select p from BusinessParameter p where p.companyId = :c", BusinessParameter.class)
                .setParameter("c", companyId).getResultList();
    }

    private void checkCompany(long companyId) {
        DataScope scope = caller.scope();
        boolean visible = scope.bind(em.createQuery("select o.id from OrgUnit o where o.id = :c and o.kind = :k and "
                + String.format(DataScope.COMPANY_VISIBLE, "o.id"), Long.class)).setParameter("c", companyId)
                .setParameter("k", OrgUnitKind.COMPANY).getResultList().size() == 1;
        if (!visible) {
            throw new NotFoundException("company", companyId);
        }
    }
}
