package org.estatedesk.frontline;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.estatedesk.billing.BillRepository;
import org.estatedesk.owners.IdNumberMask;
import org.estatedesk.owners.Owner;
import org.estatedesk.owners.OwnerRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.Roles;

/**
 * The owner's whole story, the front desk's 360° view (issue 20): one owner in the caller's data scope (else 404)
 * and, for the units he holds now in estates the caller sees, the latest calls, tasks, bills, receipts and forms, the
 * balance and the keys. Each list is one query bounded by {@link #RECENT}.
 */
@Stateless
@DeclareRoles({Roles.STAFF, Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR})
public class OwnerOverviewService {
    /** How many of the latest tasks, bills, receipts and forms of each kind the story shows. */
    public static final int RECENT = 20;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    CallerContext caller;

    @Inject
    OwnerRepository owners;

    @Inject
    FrontLineRepository frontLine;

    @Inject
    BillRepository bills;

    @Resource
    SessionContext context;

    @RolesAllowed(Roles.STAFF)
    public OwnerOverview overview(long ownerId) {
        DataScope scope = caller.scope();
        Owner owner = owners.find(ownerId, scope).orElseThrow(() -> new NotFoundException("owner", ownerId));
        List<HeldUnit> held = frontLine.heldUnits(ownerId, scope);
        List<Long> unitIds = held.stream().map(h -> h.unit().getId()).distinct().toList();
        LocalDate today = LocalDate.now(clock.withZone(zones.zone()));
        BigDecimal outstanding = BigDecimal.ZERO.setScale(2);
        BigDecimal overdue = outstanding;
        BigDecimal lateFees = outstanding;
        for (long unit : unitIds) {
            BillRepository.Balance b = bills.balance(unit, today);
            outstanding = outstanding.add(b.outstanding());
            overdue = overdue.add(b.overdue());
            lateFees = lateFees.add(b.lateFees());
        }
        List<FormRow> forms = new ArrayList<>();
        for (FormKind kind : FormKind.values()) {
            forms.addAll(frontLine.forms(kind, unitIds, RECENT));
        }
        forms.sort(Comparator.comparing(FormRow::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return new OwnerOverview(owner, IdNumberMask.wholeFor(context::isCallerInRole), held,
                frontLine.recentCalls(unitIds, RECENT), frontLine.recentTasks(unitIds, RECENT), frontLine.recentBills(unitIds, RECENT),
                frontLine.recentPayments(unitIds, RECENT),
                new OwnerOverview.Balance(outstanding, overdue, lateFees), frontLine.keys(unitIds),
                forms.size() > RECENT ? List.copyOf(forms.subList(0, RECENT)) : forms);
    }
}
