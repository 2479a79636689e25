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
import org.estatedesk.audit.OperationLog;
import org.estatedesk.security.Roles;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;

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
