package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.organisation.OrgUnitRepository;
import org.estatedesk.organisation.ParameterKey;
import org.estatedesk.organisation.ParameterService;
import org.estatedesk.owners.Owner;
import org.estatedesk.owners.OwnerRepository;
import org.estatedesk.owners.Ownership;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.Money;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/** The printed notices of dunning (催缴通知书, 停止服务书面通知, R4.6), read through the caller's scope. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.FINANCE, Roles.AUDITOR})
public class DunningNotices {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    DunningRepository dunning;

    @Inject
    UnitRepository units;

    @Inject
    EstateRepository estates;

    @Inject
    OwnerRepository owners;

    @Inject
    OrgUnitRepository organisation;

    @EJB
    ParameterService parameters;

    @Inject
    CallerContext caller;

    /**
     * The printed notice of a case (R4.6): the dunning notice (NOTICE) or the written stop-service notice
     * (STOP_NOTICE), with the unit's overdue bills as of today. Only while the case is active.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.FINANCE,
        Roles.AUDITOR})
    public DunningNotice notice(long id, DunningStep.Kind kind) {
        if (kind != DunningStep.Kind.NOTICE && kind != DunningStep.Kind.STOP_NOTICE) {
            throw new RuleViolationException("error.dunning.noticeKind", "kind", kind);
        }
        DunningCase c = find(id);
        if (!c.isActive()) {
            throw new ConflictException("error.dunning.closed", c.getState());
        }
        Unit unit = units.find(c.getUnitId(), caller.scope()).orElseThrow();
        LocalDate today = today();
        List<DunningNotice.Line> lines = new ArrayList<>();
        BigDecimal principal = Money.ZERO;
        BigDecimal late = Money.ZERO;
        for (Bill b : dunning.overdueBills(c.getUnitId(), today)) {
            BigDecimal p = b.outstanding();
            BigDecimal f = b.lateFeeOutstanding();
            lines.add(new DunningNotice.Line(b.getPeriod().toString(), b.getDueOn(), p, f));
            principal = principal.add(p);
            late = late.add(f);
        }
        String owner = owners.currentOwnership(unit.getId()).map(Ownership::getOwnerId)
                .flatMap(o -> owners.find(o, caller.scope())).map(Owner::getName).orElse(null);
        boolean posted = kind == DunningStep.Kind.STOP_NOTICE && c.getNoticePostedOn() != null;
        int postingDays = Integer.parseInt(parameters.values(c.getCompanyId())
                .get(ParameterKey.DUNNING_STOP_NOTICE_DAYS));
        return new DunningNotice(kind, id, organisation.find(c.getCompanyId()).map(OrgUnit::getName).orElse(""),
                estates.byId(c.getEstateId()).map(e -> e.getName()).orElse(""), unit.getCode(), owner, lines,
                principal, late, posted ? c.getNoticePostedOn() : today, kind != DunningStep.Kind.STOP_NOTICE ? null
                        : posted ? c.stopAllowedFrom() : today.plusDays(postingDays));
    }

    private DunningCase find(long id) {
        return dunning.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("dunningCase", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zones.zone()));
    }
}
