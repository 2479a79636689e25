package org.estatedesk.servicedesk;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.organisation.ParameterKey;
import org.estatedesk.organisation.ParameterService;
import org.estatedesk.organisation.WorkingDays;
import org.estatedesk.owners.Owner;
import org.estatedesk.owners.OwnerRepository;
import org.estatedesk.security.CurrentUser;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Validation;

/**
 * The front desk's use cases (R1.1–R1.5, R1.8, R1.10): register a call, visit or message once; split it into
 * tasks that the dispatch table sends to a department with their SLA due time and escalation level; look a caller
 * up by phone number.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT, Roles.FINANCE,
    Roles.STAFF})
public class ReceptionService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    UnitBalances balancesOfUnits;

    @Inject
    ReceptionRepository receptions;

    @Inject
    TaskRepository tasks;

    @Inject
    CategoryRepository library;

    @Inject
    ContractorRepository contractors;

    @Inject
    EstateRepository estates;

    @Inject
    UnitRepository units;

    @Inject
    OwnerRepository owners;

    @EJB
    ParameterService parameters;

    @EJB
    ServiceDeskNotifications notifications;

    @Inject
    CallerContext caller;

    @Inject
    CurrentUser currentUser;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public Reception register(ReceptionRequest r) {
        if (r.estateId() == null) {
            throw new RuleViolationException("error.required", "estateId");
        }
        if (r.channel() == null) {
            throw new RuleViolationException("error.required", "channel");
        }
        DataScope scope = caller.scope();
        Estate estate = estates.find(r.estateId(), scope).orElseThrow(() -> new NotFoundException("estate",
                r.estateId()));
        if (r.unitId() != null) {
            Unit unit = units.find(r.unitId(), scope).orElseThrow(() -> new NotFoundException("unit", r.unitId()));
            if (!unit.getEstateId().equals(estate.getId())) {
                throw new RuleViolationException("error.reception.unitOfOtherEstate", "unitId");
            }
        }
        Reception reception = new Reception(estate.getCompanyId(), estate.getId(), r.unitId(), r.location(),
                r.channel(), r.callerName(), r.callerPhone(), r.description(), caller.username(),
                java.time.OffsetDateTime.now(clock));
        receptions.store(validation.check(reception));
        log.record("RECEPTION_REGISTER", "reception", reception.getId(), reception.getNumber() + " "
                + reception.getChannel(), reception.getCompanyId());
        return reception;
    }

    /**
     * Splits a reception record into one more task (R1.2): the category decides the department through the
     * dispatch table (R1.3), the tier and due time follow the company's SLA parameters (R1.5), a repeated problem
     * escalates (R1.10), and the caller becomes the first responder (R1.8).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public Task split(long receptionId, TaskRequest t) {
        Reception reception = receptions.findForUpdate(receptionId, caller.scope())
                .orElseThrow(() -> new NotFoundException("reception", receptionId));
        if (t.categoryCode() == null || t.categoryCode().isBlank()) {
            throw new RuleViolationException("error.required", "categoryCode");
        }
        Map.Entry<IssueCategory, List<DispatchRule>> found = library.withRules(reception.getCompanyId(),
                t.categoryCode().trim()).filter(e -> e.getKey().isActive())
                .orElseThrow(() -> new RuleViolationException("error.task.unknownCategory", "categoryCode",
                        t.categoryCode()));
        IssueCategory category = found.getKey();
        TaskKind kind = t.kind() != null ? t.kind() : category.getDefaultKind();
        if (kind == null) {
            throw new RuleViolationException("error.required", "kind");
        }
        LocationKind location = t.location() != null && t.location() != LocationKind.ANY ? t.location()
                : category.getLocationKind();
        Department department = DispatchRule.resolve(category, location, found.getValue());
        Map<ParameterKey, String> p = parameters.values(reception.getCompanyId());
        SlaPolicy sla = ServiceDeskClock.sla(p);
        OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        SlaTier tier = sla.tierFor(t.tier(), t.dueAt(), t.emergency(), category.getDefaultTier());
        OffsetDateTime due = sla.dueAt(tier, now, t.dueAt(), calendar(reception.getCompanyId(), now,
                sla.timeOf(tier)));
        long[] earlier = reception.getUnitId() == null ? new long[] {0, 0}
                : tasks.earlierReports(reception.getUnitId(), category.getId(),
                        now.minusDays(Long.parseLong(p.get(ParameterKey.ESCALATION_WINDOW_DAYS))));
        Escalation escalation = Escalation.assess(kind, earlier[0], earlier[1]);
        Task task = new Task(reception, kind, t.complaintType(), category, location, department, tier, due,
                t.emergency(), escalation, (int) earlier[0], caller.username(), t.note(), now);
        if (kind == TaskKind.REPAIR) {
            warranty(reception, category, task, now, p);
        }
        tasks.store(validation.check(task));
        tasks.store(task.created());
        reception.taskAdded();
        notifications.taskCreated(task);
        log.record("TASK_CREATE", "task", task.getId(), task.getNumber() + " " + task.getKind() + " "
                + task.getCategoryCode() + " -> " + department + (escalation.escalated() ? " escalated "
                + escalation.level() : ""), task.getCompanyId());
        return task;
    }

    /**
     * A task that another department hands over (交接单) for a unit, e.g. finance's restore-service task after a
     * stopped unit has paid (R4.6): a HANDOVER reception record with the owner as the contact (or the caller when
     * the owner has no phone), split into one task of the category. A company whose library lacks the category gets
     * the standard library's missing entries first. Empty when nobody can be contacted: nothing is registered.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.FINANCE})
    public java.util.Optional<Task> handover(long unitId, String categoryCode, String description) {
        return handover(unitId, categoryCode, description, null, null);
    }

    /**
     * A handed-over task as above whose contact is the person given when he has a phone (the applicant of a form),
     * else the owner, else the caller.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.FINANCE})
    public java.util.Optional<Task> handover(long unitId, String categoryCode, String description, String contactName,
            String contactPhone) {
        Unit unit = units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
        if (library.withRules(unit.getCompanyId(), categoryCode).isEmpty()) {
            Map<String, IssueCategory> byCode = new java.util.HashMap<>();
            library.library(unit.getCompanyId()).forEach(c -> byCode.put(c.getCode(), c));
            StandardLibrary.install(unit.getCompanyId(), byCode, library::store);
        }
        Owner owner = unit.getOwnerId() == null ? null : owners.find(unit.getOwnerId(), caller.scope()).orElse(null);
        String name;
        String phone;
        if (contactPhone != null && !contactPhone.isBlank() && contactName != null && !contactName.isBlank()) {
            name = contactName;
            phone = contactPhone;
        } else if (owner != null && owner.getPhone() != null && !owner.getPhone().isBlank()) {
            name = owner.getName();
            phone = owner.getPhone();
        } else {
            name = currentUser.user().getDisplayName();
            phone = currentUser.user().getPhone();
        }
        if (phone == null || phone.isBlank()) {
            return java.util.Optional.empty();
        }
        Reception reception = new Reception(unit.getCompanyId(), unit.getEstateId(), unitId, unit.getCode(),
                Channel.HANDOVER, name, phone, description, caller.username(), java.time.OffsetDateTime.now(clock));
        receptions.store(validation.check(reception));
        log.record("RECEPTION_REGISTER", "reception", reception.getId(), reception.getNumber() + " "
                + reception.getChannel(), reception.getCompanyId());
        return java.util.Optional.of(split(reception.getId(), new TaskRequest(null, null, categoryCode,
                LocationKind.UNIT, null, null, false, description)));
    }

    /**
     * A repair inside a contractor's scope and warranty (R1.14) goes to the contractor first, and the owner is
     * contacted within the warranty contact time (R1.5). Costs nothing for estates without contractor scopes.
     */
    private void warranty(Reception reception, IssueCategory category, Task task, OffsetDateTime now,
            Map<ParameterKey, String> p) {
        List<ContractorScope> scopes = contractors.scopesInEstate(reception.getEstateId());
        if (scopes.isEmpty()) {
            return;
        }
        Long building = reception.getUnitId() == null ? null
                : units.find(reception.getUnitId(), caller.scope()).map(Unit::getBuildingId).orElse(null);
        Map<Long, Long> parents = new java.util.HashMap<>();
        library.library(reception.getCompanyId()).stream().filter(c -> c.getParentId() != null)
                .forEach(c -> parents.put(c.getId(), c.getParentId()));
        ContractorScope.responsible(scopes, reception.getEstateId(), building, category.getId(), parents,
                now.atZoneSameInstant(zones.zone()).toLocalDate())
                .ifPresent(s -> {
                    java.time.Duration contact = java.time.Duration.ofHours(
                            Long.parseLong(p.get(ParameterKey.WARRANTY_CONTACT_HOURS)));
                    task.underWarranty(s, SlaPolicy.warrantyContactBy(now, contact,
                            calendar(reception.getCompanyId(), now, contact)));
                });
    }

    /**
     * The company's calendar from {@code from}'s day on as far as a time of this length counted in working days may
     * reach (R1.5); none for times shorter than a day, which count on the clock.
     */
    private Map<java.time.LocalDate, Boolean> calendar(long companyId, OffsetDateTime from, java.time.Duration time) {
        if (time.toDays() < 1) {
            return Map.of();
        }
        return parameters.calendar(companyId, from.atZoneSameInstant(zones.zone()).toLocalDate(),
                SlaPolicy.calendarSpan(time));
    }

    @RolesAllowed(Roles.STAFF)
    public Reception reception(long id) {
        return receptions.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("reception", id));
    }

    @RolesAllowed(Roles.STAFF)
    public List<TaskLine> tasksOf(long receptionId) {
        reception(receptionId);
        return TaskLine.of(tasks.ofReception(receptionId), tasks);
    }

    @RolesAllowed(Roles.STAFF)
    public Page<Reception> receptions(ReceptionState state, Long estateId, boolean mine, PageRequest page) {
        return receptions.page(state, estateId, mine ? caller.username() : null, caller.scope(), page);
    }

    /**
     * The screen-pop (R1.1): who is calling from this number, his units with their arrears, open tasks and recent
     * calls.
     */
    @RolesAllowed(Roles.STAFF)
    public CallerCard callerCard(String phone) {
        String normalised = Reception.normalisePhone(phone);
        if (normalised == null || normalised.length() < 3) {
            throw new RuleViolationException("error.phone", "phone");
        }
        DataScope scope = caller.scope();
        List<Owner> found = owners.byPhone(normalised, scope, 10);
        List<Unit> theirUnits = new ArrayList<>();
        found.forEach(o -> theirUnits.addAll(units.ofOwner(o.getId())));
        List<TaskLine> open = TaskLine.of(tasks.openOfUnits(theirUnits.stream().map(Unit::getId).toList(), 20),
                tasks);
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(zones.zone()));
        java.util.Map<Long, UnitBalances.Balance> balances = new java.util.HashMap<>();
        theirUnits.forEach(u -> balances.put(u.getId(), balancesOfUnits.of(u.getId(), today)));
        return new CallerCard(normalised, found, theirUnits, open, receptions.byPhone(normalised, scope, 10),
                balances);
    }
}
