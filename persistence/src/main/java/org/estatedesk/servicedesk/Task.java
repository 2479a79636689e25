package org.estatedesk.servicedesk;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * A task (R1.2) split from a reception record: its kind and category, the department the dispatch table chose
 * (R1.3), its SLA tier and due time (R1.5), its state (R1.6), its first responder who owns it until it closes
 * (R1.8), its escalation level (R1.10) and its work order. Company and estate are copied from the reception so
 * that data scope and the lists are WHERE clauses on this table alone.
 */
@Entity
@Table(name = "task")
public class Task implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "reception_id", nullable = false)
    private Long receptionId;

    @Column(name = "unit_id")
    private Long unitId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private TaskKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "complaint_type")
    private ComplaintType complaintType;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(name = "category_code", nullable = false)
    private String categoryCode;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "location_kind")
    private LocationKind locationKind;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Department department;

    @NotNull
    @Enumerated(EnumType.STRING)
    private SlaTier tier;

    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;

    private boolean emergency;

    @NotNull
    @Enumerated(EnumType.STRING)
    private TaskState state;

    /** The first responder (首问负责人, R1.8): the staff member who accepted the request. */
    @Column(nullable = false)
    private String owner;

    /** The technician the supervisor assigned (R1.4); null until then. */
    private String assignee;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_level")
    private EscalationLevel escalationLevel;

    /** How many earlier reports of the same problem (unit and category) there were (R1.10). */
    @Column(name = "repeat_count", nullable = false)
    private int repeatCount;

    @Size(max = 2000)
    private String note;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    /** When the callback is due (completion + callback.delay.hours) and its latest time (+ callback.latest.days). */
    @Column(name = "callback_due_at")
    private OffsetDateTime callbackDueAt;

    @Column(name = "callback_latest_at")
    private OffsetDateTime callbackLatestAt;

    /** The contractor responsible in warranty (R1.14), if the problem lies in one of his scopes. */
    @Column(name = "contractor_id")
    private Long contractorId;

    @Column(name = "in_warranty", nullable = false)
    private boolean inWarranty;

    /** The complaint topic (R1.12) that gathers this task, if any. */
    @Column(name = "topic_id")
    private Long topicId;

    /** When the SLA breach (R1.5) was reported; set once, by the first server that claims it. */
    @Column(name = "breach_notified_at")
    private OffsetDateTime breachNotifiedAt;

    /** Since when the task waits on the customer (R1.5: its SLA clock stands still); null while it runs. */
    @Column(name = "paused_since")
    private OffsetDateTime pausedSince;

    /** The running state it waits in, to resume to; null while it runs. */
    @Enumerated(EnumType.STRING)
    @Column(name = "waited_in")
    private TaskState waitedIn;

    /** All the time it has waited on the customer, in seconds: its due time moved later by as much. */
    @Column(name = "paused_seconds", nullable = false)
    private long pausedSeconds;

    @Valid
    @Embedded
    private WorkOrder workOrder;

    /**
     * Whether the task is a paid special service (R1.2) that is quoted before it is planned and charged when it is
     * completed: a special service taken from a caller. One handed over by a form (stop or restore service,
     * hot-water sealing) is charged by its form, and so is not quoted here.
     */
    @Column(name = "quote_required", nullable = false)
    private boolean quoteRequired;

    /** The quote of a paid special service and the owner's answer (R1.2); null until quoted. */
    @Valid
    @Embedded
    private Quote quote;

    /** The one-off bill of the unit the completed special service made (R1.2, R4.1); set once. */
    @Column(name = "charge_bill_id")
    private Long chargeBillId;

    @Version
    private int version;

    /** The counters the task was in when it was read or last stored (none when new): see {@link TaskCount}. */
    @Transient
    private List<TaskCount.Key> counted = List.of();

    protected Task() {
    }

    @PostLoad
    void loaded() {
        counted = TaskCount.keysOf(this);
    }

    /** The counters it was in; from now on those it is in. */
    List<TaskCount.Key> recount(List<TaskCount.Key> now) {
        List<TaskCount.Key> before = counted;
        counted = now;
        return before;
    }

    public Task(Reception reception, TaskKind requestedKind, ComplaintType complaintType, IssueCategory category,
            LocationKind location, Department department, SlaTier tier, OffsetDateTime dueAt, boolean emergency,
            Escalation escalation, int repeatCount, String owner, String note, OffsetDateTime now) {
        reception.checkOpenForTasks();
        if (!category.getCompanyId().equals(reception.getCompanyId())) {
            throw new RuleViolationException("error.task.unknownCategory", "categoryCode", category.getCode());
        }
        this.companyId = reception.getCompanyId();
        this.estateId = reception.getEstateId();
        this.receptionId = reception.getId();
        this.unitId = reception.getUnitId();
        this.kind = escalation.kind();
        this.complaintType = kind == TaskKind.COMPLAINT
                ? (complaintType == null ? ComplaintType.EFFECTIVE : complaintType) : null;
        if (requestedKind != TaskKind.COMPLAINT && complaintType != null && kind != TaskKind.COMPLAINT) {
            throw new RuleViolationException("error.task.complaintTypeOnlyForComplaints", "complaintType");
        }
        this.categoryId = category.getId();
        this.categoryCode = category.getCode();
        this.locationKind = location;
        this.department = department;
        this.tier = tier;
        this.dueAt = dueAt;
        this.emergency = emergency;
        this.escalationLevel = escalation.level();
        this.repeatCount = repeatCount;
        this.owner = owner;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.createdAt = now;
        this.state = TaskState.TO_ASSIGN;
        this.quoteRequired = kind == TaskKind.SPECIAL_SERVICE && reception.getChannel() != Channel.HANDOVER;
        if (quoteRequired && unitId == null) {
            throw new RuleViolationException("error.task.specialServiceNeedsUnit", "kind");
        }
    }

    /** The first history entry; call after the task has its id. */
    public TaskEvent created() {
        return new TaskEvent(id, createdAt, owner, "CREATE", null, state, null, null);
    }

    /**
     * Who may work the task (DISCUSS, PLAN, COMPLETE; R1.4, R1.6): its assignee, a supervisor of its department, the
     * CS manager (who may assign any department's task, so may also take it over) or an administrator — not any
     * holder of a broad role. The state is checked first, so a step the state machine refuses stays a 409 for
     * everybody; then anyone else gets an {@link AccessDeniedException} (403) and nothing changes.
     */
    public void checkWorkableBy(TaskAction action, String actor, Predicate<String> hasRole) {
        state.after(action, kind);
        if (!mayBeWorkedBy(actor, hasRole)) {
            throw new AccessDeniedException("error.task.notYourTask", getNumber(), assignee == null ? "-" : assignee);
        }
    }

    /** Whether this caller may work the task: see {@link #checkWorkableBy}. */
    public boolean mayBeWorkedBy(String actor, Predicate<String> hasRole) {
        if (assignee != null && assignee.equals(actor)) {
            return true;
        }
        return hasRole.test(Roles.ADMIN) || hasRole.test(Roles.CS_MANAGER)
                || department.supervisorRoles().stream().anyMatch(hasRole);
    }

    /**
     * Moves the task by a user's action (R1.6); refuses what the state machine does not allow. ASSIGN names the
     * technician; COMPLETE records the work order and schedules the callback (R1.7). WAIT_CUSTOMER (with a reason)
     * stops the SLA clock; RESUME, or voiding the waiting task, starts it again with the due time later by the time
     * waited (R1.5).
     */
    public TaskEvent act(TaskAction action, String actor, String newAssignee, String comment, WorkOrder order,
            Duration callbackDelay, Duration callbackLatest, OffsetDateTime now) {
        return act(action, actor, newAssignee, comment, order, callbackDelay, callbackLatest,
                SlaPolicy.WaitingTime.CLOCK, now);
    }

    /**
     * As {@link #act(TaskAction, String, String, String, WorkOrder, Duration, Duration, OffsetDateTime)}, with how the
     * time waited on the customer moves the due time when the task resumes ({@link SlaPolicy#waitingTime}: working
     * time for a tier counted in working days).
     */
    public TaskEvent act(TaskAction action, String actor, String newAssignee, String comment, WorkOrder order,
            Duration callbackDelay, Duration callbackLatest, SlaPolicy.WaitingTime waiting, OffsetDateTime now) {
        TaskState from = state;
        TaskState to = state.after(action, kind, waitedIn);
        if ((action == TaskAction.PLAN || action == TaskAction.COMPLETE) && quoteRequired
                && (getQuote() == null || !quote.isAccepted())) {
            throw new ConflictException("error.task.quoteNotAccepted", getNumber());
        }
        if (from == TaskState.WAITING_CUSTOMER) {
            stopWaiting(waiting, now);
        }
        switch (action) {
            case ASSIGN -> {
                if (newAssignee == null || newAssignee.isBlank()) {
                    throw new RuleViolationException("error.task.assigneeRequired", "assignee");
                }
                assignee = newAssignee.trim();
            }
            case COMPLETE -> {
                WorkOrder done = order != null ? order : new WorkOrder(assignee, null, comment, null, null, null);
                if (kind.workedOnSite()) {
                    done.checkDoneOnSite(now);
                }
                // R1.2: a paid special service charges the quote the owner accepted
                workOrder = quoteRequired ? done.chargedAsQuoted(quote.getAmount()) : done;
                completedAt = now;
                // R1.7: the callback is due a delay after the standard completion time (the SLA's due time), not
                // after the moment the work happened to end; and at the latest some days after that end
                OffsetDateTime standard = dueAt != null && dueAt.isAfter(now) ? dueAt : now;
                callbackDueAt = standard.plus(callbackDelay);
                callbackLatestAt = now.plus(callbackLatest).isBefore(callbackDueAt) ? callbackDueAt
                        : now.plus(callbackLatest);
            }
            case CLOSE, VOID, INVALIDATE -> closedAt = now;
            case REOPEN -> {
                completedAt = null;
                callbackDueAt = null;
                callbackLatestAt = null;
            }
            case WAIT_CUSTOMER -> {
                if (comment == null || comment.isBlank()) {
                    throw new RuleViolationException("error.task.reasonRequired", "comment");
                }
                pausedSince = now;
                waitedIn = from;
            }
            default -> {
                // DISCUSS and PLAN change the state only
            }
        }
        state = to;
        return new TaskEvent(id, now, actor, action.name(), from, to, action == TaskAction.ASSIGN ? assignee : null,
                comment);
    }

    /**
     * Who may correct the split of a task (issue 20: RECATEGORISE, TRANSFER): the desk that split it (front desk, CS
     * assistant, CS supervisor, CS manager, administrator) any task, and a supervisor of the task's department the
     * tasks dispatched to him; a technician never (403, nothing changes).
     */
    public void checkRoutableBy(Predicate<String> hasRole) {
        boolean desk = hasRole.test(Roles.ADMIN) || hasRole.test(Roles.CS_MANAGER)
                || hasRole.test(Roles.CS_SUPERVISOR) || hasRole.test(Roles.FRONT_DESK)
                || hasRole.test(Roles.CS_ASSISTANT);
        if (!desk && department.supervisorRoles().stream().noneMatch(hasRole)) {
            throw new AccessDeniedException("error.task.notYourDepartment", department);
        }
    }

    /**
     * The SLA tier the task has once it is of this category (issue 20, R1.5): the category's default tier; but an
     * emergency keeps GENERAL, a time agreed with the customer (SPECIAL) stays agreed, and a repair under warranty
     * keeps the contact time it was given (R1.14).
     */
    public SlaTier tierOnRecategorising(IssueCategory to) {
        if (emergency || tier == SlaTier.SPECIAL || inWarranty || to.getDefaultTier() == null) {
            return tier;
        }
        return to.getDefaultTier();
    }

    /**
     * Corrects the category of a running task (issue 20, R1.11): the category must be another active one of the
     * company's library (400 {@code categoryId}), the reason given (400 {@code comment}); a completed, waiting or
     * closed task is not re-categorised (409). The kind, the place and the escalation stay as split. When the tier
     * {@link #tierOnRecategorising} differs, the due time is the new tier's from the creation ({@code dueOf}),
     * later by the time already waited on the customer. When the dispatch table ({@code dispatched}) sends the new
     * category to another department, the task is {@linkplain #transfer transferred} there too. Returns the hops:
     * RECATEGORISE (category id → id), then TRANSFER if the department changed.
     */
    public List<TaskEvent> recategorise(IssueCategory to, Department dispatched,
            java.util.function.Function<SlaTier, OffsetDateTime> dueOf, String reason, String actor,
            OffsetDateTime now) {
        TaskState next = state.after(TaskAction.RECATEGORISE, kind);
        if (to == null || !to.getCompanyId().equals(companyId) || !to.isActive()) {
            throw new RuleViolationException("error.task.unknownCategory", "categoryId",
                    to == null ? "-" : to.getCode());
        }
        if (to.getId().equals(categoryId)) {
            throw new RuleViolationException("error.task.sameCategory", "categoryId", to.getCode());
        }
        String why = reason(reason);
        SlaTier newTier = tierOnRecategorising(to);
        if (newTier != tier) {
            tier = newTier;
            dueAt = dueOf.apply(newTier).plusSeconds(pausedSeconds);
        }
        String from = categoryId.toString();
        categoryId = to.getId();
        categoryCode = to.getCode();
        TaskState before = state;
        state = next;
        List<TaskEvent> hops = new java.util.ArrayList<>(2);
        hops.add(TaskEvent.hop(id, now, actor, TaskAction.RECATEGORISE, before, state, from, categoryId.toString(),
                why));
        if (dispatched != null && dispatched != department) {
            hops.add(transfer(dispatched, why, actor, now));
        }
        return hops;
    }

    /**
     * Transfers a running task to another department (issue 20, R1.3–R1.4): its supervisors assign it anew, so the
     * task goes back to TO_ASSIGN without a technician. The department must be another one (400 {@code department}),
     * the reason given (400 {@code comment}); not once completed or while waiting on the customer (409). Returns the
     * hop (department → department).
     */
    public TaskEvent transfer(Department to, String reason, String actor, OffsetDateTime now) {
        TaskState next = state.after(TaskAction.TRANSFER, kind);
        if (to == null) {
            throw new RuleViolationException("error.required", "department");
        }
        if (to == department) {
            throw new RuleViolationException("error.task.sameDepartment", "department", to);
        }
        String why = reason(reason);
        Department from = department;
        TaskState before = state;
        department = to;
        assignee = null;
        state = next;
        return TaskEvent.hop(id, now, actor, TaskAction.TRANSFER, before, state, from.name(), to.name(), why);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("error.task.reasonRequired", "comment");
        }
        return reason.trim();
    }

    /**
     * Quotes a paid special service (R1.2) before its work is planned: the amount and the work and materials it
     * covers. Given by whoever may work the task ({@link #checkWorkableBy}, checked by the service) while the task
     * waits for its plan; a new quote replaces one the owner has not accepted (pending or refused), an accepted one
     * binds (409).
     */
    public TaskEvent quote(BigDecimal amount, String description, String actor, OffsetDateTime now) {
        checkQuotable();
        if (getQuote() != null && quote.isAccepted()) {
            throw new ConflictException("error.task.quoteAccepted", getNumber());
        }
        boolean again = getQuote() != null;
        quote = new Quote(amount, description, actor, now);
        return new TaskEvent(id, now, actor, again ? "REQUOTE" : "QUOTE", state, state, null,
                quote.getAmount().toPlainString() + " " + quote.getDescription());
    }

    /**
     * Records the owner's answer to the quote (R1.2), taken by a staff member on his behalf: accepted lets the task
     * be planned; refused leaves it to be quoted again or voided. Only a pending quote is answered (409).
     */
    public TaskEvent decideQuote(boolean accepted, String decidedBy, QuoteConsent consent, String note, String actor,
            OffsetDateTime now) {
        checkQuotable();
        if (getQuote() == null) {
            throw new ConflictException("error.task.noQuote", getNumber());
        }
        quote = quote.decided(accepted, decidedBy, consent, note, actor, now, getNumber());
        return new TaskEvent(id, now, actor, accepted ? "QUOTE_ACCEPTED" : "QUOTE_REFUSED", state, state, null,
                quote.getAmount().toPlainString() + " " + quote.getDecidedBy() + " (" + consent + ")"
                        + (quote.getNote() == null ? "" : ": " + quote.getNote()));
    }

    private void checkQuotable() {
        if (!quoteRequired) {
            throw new ConflictException("error.task.notQuoted", getNumber(), kind);
        }
        if (unitId == null) {
            throw new RuleViolationException("error.task.specialServiceNeedsUnit", "kind");
        }
        if (!state.isOpen() || state == TaskState.TO_IMPLEMENT) {
            throw new ConflictException("error.task.quoteNotNow", getNumber(), state);
        }
    }

    /**
     * What the completed special service still has to charge the unit (R1.2): the work order's charge (the accepted
     * quote) when it is more than zero and no bill was made for it yet — once, however often the task is reopened
     * and completed again.
     */
    public Optional<BigDecimal> chargeToBill() {
        if (!quoteRequired || state != TaskState.COMPLETED || chargeBillId != null || workOrder == null
                || workOrder.getCharge() == null || workOrder.getCharge().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(workOrder.getCharge());
    }

    /** The key of the one-off charge its completion makes: the billing makes one bill per key. */
    public String chargeKey() {
        return "TASK:" + id + ":SERVICE";
    }

    /** The bill of the unit that charges the special service (once). */
    public void charged(long billId) {
        if (chargeBillId != null && chargeBillId != billId) {
            throw new ConflictException("error.task.alreadyCharged", getNumber(), chargeBillId);
        }
        chargeBillId = billId;
    }

    public boolean isQuoteRequired() {
        return quoteRequired;
    }

    /** The quote and the owner's answer, or null before the first quote. */
    public Quote getQuote() {
        return quote == null || quote.getAmount() == null ? null : quote;
    }

    public Long getChargeBillId() {
        return chargeBillId;
    }

    /** A callback that reached the owner; see {@link #callback(CallbackResult, String, String, long, int, OffsetDateTime)}. */
    public Callback callback(CallbackResult result, String comment, String calledBy, OffsetDateTime now) {
        return callback(result, comment, calledBy, 0, 1, now);
    }

    /**
     * Records the callback (R1.7) of a completed task: satisfied or fair closes it, dissatisfied sends it back to
     * to-implement; an owner not reached leaves it completed for the next attempt, and the {@code maxAttempts}-th
     * unreachable attempt closes it (recorded as such). Returns the callback; the history entry follows from
     * {@link #callbackEvent}.
     *
     * @param unreachableBefore earlier attempts of this task that reached nobody
     */
    public Callback callback(CallbackResult result, String comment, String calledBy, long unreachableBefore,
            int maxAttempts, OffsetDateTime now) {
        if (state != TaskState.COMPLETED) {
            throw new ConflictException("error.task.notCompleted", getNumber(), state);
        }
        boolean late = callbackLatestAt != null && now.isAfter(callbackLatestAt);
        Callback c = new Callback(this, result, comment, calledBy, now, late);
        if (result == CallbackResult.UNREACHABLE) {
            if (unreachableBefore + 1 >= maxAttempts) {
                state = TaskState.CLOSED;
                closedAt = now;
            }
        } else if (result.closesTask()) {
            state = TaskState.CLOSED;
            closedAt = now;
        } else {
            act(TaskAction.REOPEN, calledBy, null, comment, null, Duration.ZERO, Duration.ZERO, now);
        }
        return c;
    }

    public TaskEvent callbackEvent(Callback c) {
        return new TaskEvent(id, c.getCalledAt(), c.getCalledBy(), "CALLBACK", TaskState.COMPLETED, state, null,
                c.getResult() + (c.getComment() == null ? "" : ": " + c.getComment()));
    }

    /** The end of a wait on the customer: the due time moves later by the time waited, which is added up. */
    private void stopWaiting(SlaPolicy.WaitingTime waiting, OffsetDateTime now) {
        if (pausedSince != null && now.isAfter(pausedSince)) {
            dueAt = waiting.moved(dueAt, pausedSince, now);
            pausedSeconds += Duration.between(pausedSince, now).toSeconds();
        }
        pausedSince = null;
        waitedIn = null;
    }

    /**
     * The problem lies in a contractor's scope and warranty (R1.14): the contractor is called first, and the owner
     * must be contacted within the warranty contact time (R1.5), so the due time is at the latest {@code contactBy}.
     */
    public void underWarranty(ContractorScope scope, OffsetDateTime contactBy) {
        contractorId = scope.getContractorId();
        inWarranty = true;
        if (contactBy.isBefore(dueAt)) {
            dueAt = contactBy;
        }
    }

    public Long getContractorId() {
        return contractorId;
    }

    public boolean isInWarranty() {
        return inWarranty;
    }

    /** Joins a complaint topic (R1.12); see {@link ComplaintTopic#gather}. */
    void joinTopic(long topic) {
        if (topicId != null && topicId != topic) {
            throw new ConflictException("error.topic.alreadyGathered", getNumber());
        }
        topicId = topic;
    }

    /** The history entry a gathered task gets when its topic's solution is agreed. */
    public TaskEvent topicResolved(ComplaintTopic topic, OffsetDateTime now) {
        return new TaskEvent(id, now, topic.getResolvedBy(), "TOPIC", state, state, null,
                topic.getTitle() + ": " + topic.getSolution());
    }

    public Long getTopicId() {
        return topicId;
    }

    /** Overdue (R1.5): still being worked on after its due time; never while it waits on the customer. */
    public boolean isOverdue(OffsetDateTime now) {
        return state.isRunning() && dueAt.isBefore(now);
    }

    public boolean isEscalated() {
        return escalationLevel != EscalationLevel.NONE;
    }

    public String getNumber() {
        return id == null ? null : numberOf(id);
    }

    public static String numberOf(long id) {
        return "T%08d".formatted(id);
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public Long getReceptionId() {
        return receptionId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public TaskKind getKind() {
        return kind;
    }

    public ComplaintType getComplaintType() {
        return complaintType;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public LocationKind getLocationKind() {
        return locationKind;
    }

    public Department getDepartment() {
        return department;
    }

    public SlaTier getTier() {
        return tier;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public TaskState getState() {
        return state;
    }

    public String getOwner() {
        return owner;
    }

    public String getAssignee() {
        return assignee;
    }

    public EscalationLevel getEscalationLevel() {
        return escalationLevel;
    }

    public int getRepeatCount() {
        return repeatCount;
    }

    public String getNote() {
        return note;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public OffsetDateTime getCallbackDueAt() {
        return callbackDueAt;
    }

    public OffsetDateTime getCallbackLatestAt() {
        return callbackLatestAt;
    }

    public OffsetDateTime getPausedSince() {
        return pausedSince;
    }

    public TaskState getWaitedIn() {
        return waitedIn;
    }

    /** The time it has waited on the customer in all (not counting a wait still under way). */
    public Duration getPaused() {
        return Duration.ofSeconds(pausedSeconds);
    }

    public WorkOrder getWorkOrder() {
        return workOrder;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
