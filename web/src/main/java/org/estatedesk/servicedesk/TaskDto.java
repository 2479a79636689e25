package org.estatedesk.servicedesk;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A task (R1.2–R1.10) as the API shows it: the contract's fields {@code id, number, kind, categoryCode, department,
 * tier, dueAt, state, owner, escalationLevel}, and more; {@code pausedSince} while the task waits on the customer and
 * {@code pausedSeconds} it has waited in all (R1.5: its due time moved on by as much); {@code history} and
 * {@code callbacks} only on the detail. A paid special service (R1.2) shows {@code quoteRequired}, its {@code quote}
 * with the owner's answer and, once completed, {@code chargeBillId}: the bill of the unit that charges it. Where and
 * who (issue 20): {@code unitCode} (null for a public area), {@code locationText} (the place the caller named),
 * {@code categoryName} in the caller's language (Accept-Language), {@code callerName}, {@code callerPhone} and
 * {@code description}. Every field is written, a null one as {@code null}.
 */
@jakarta.json.bind.annotation.JsonbNillable
public record TaskDto(long id, String number, TaskKind kind, ComplaintType complaintType, String categoryCode,
        Department department, SlaTier tier, OffsetDateTime dueAt, TaskState state, String owner,
        EscalationLevel escalationLevel, boolean overdue, boolean emergency, long receptionId, long estateId,
        Long unitId, LocationKind location, String assignee, int repeatCount, OffsetDateTime createdAt,
        OffsetDateTime completedAt, OffsetDateTime closedAt, OffsetDateTime callbackDueAt, WorkOrderDto workOrder,
        boolean inWarranty, Long contractorId, Long topicId, OffsetDateTime pausedSince, long pausedSeconds,
        int version, List<EventDto> history, List<CallbackDto> callbacks, boolean quoteRequired, QuoteDto quote,
        Long chargeBillId, String unitCode, String locationText, String categoryName, String callerName,
        String callerPhone, String description) {

    /** The quote and the owner's answer; {@code decision} is null while it waits for him. */
    public record QuoteDto(BigDecimal amount, String description, String quotedBy, OffsetDateTime quotedAt,
            Quote.Decision decision, String decidedBy, QuoteConsent consent, String note, String recordedBy,
            OffsetDateTime decidedAt) {
        static QuoteDto of(Quote q) {
            return q == null ? null : new QuoteDto(q.getAmount(), q.getDescription(), q.getQuotedBy(),
                    q.getQuotedAt(), q.getDecision(), q.getDecidedBy(), q.getConsent(), q.getNote(),
                    q.getRecordedBy(), q.getDecidedAt());
        }
    }

    @jakarta.json.bind.annotation.JsonbNillable
    public record WorkOrderDto(String technician, OffsetDateTime arrivedAt, String workDone, String materials,
            BigDecimal charge, String signedOffBy, String notSignedReason) {
        static WorkOrderDto of(WorkOrder w) {
            return w == null ? null : new WorkOrderDto(w.getTechnician(), w.getArrivedAt(), w.getWorkDone(),
                    w.getMaterials(), w.getCharge(), w.getSignedOffBy(), w.getNotSignedReason());
        }
    }

    /**
     * A line of the history; a hop (RECATEGORISE, TRANSFER; issue 20) names where the task went from and to
     * ({@code fromName}, {@code toName}: the categories or departments in the caller's language), null otherwise.
     */
    @Schema(name = "TaskEvent")
    @jakarta.json.bind.annotation.JsonbNillable
    public record EventDto(OffsetDateTime at, String actor, String action, TaskState fromState, TaskState toState,
            String assignee, String comment, String fromName, String toName) {
        static EventDto of(TaskEvent e) {
            return of(e, null, null);
        }

        static EventDto of(TaskEvent e, TaskDetail d, Locale locale) {
            return new EventDto(e.getAt(), e.getActor(), e.getAction(), e.getFromState(), e.getToState(),
                    e.getAssignee(), e.getComment(), d == null ? null : TaskHistoryComments.hopName(locale, d, e,
                            e.getHopFrom()), d == null ? null : TaskHistoryComments.hopName(locale, d, e,
                            e.getHopTo()));
        }
    }

    static TaskDto of(TaskLine line, OffsetDateTime now, Locale locale) {
        return of(line.task(), line.site(), now, locale, null, null);
    }

    static TaskDto of(TaskDetail d, OffsetDateTime now, Locale locale) {
        TaskDto t = of(d.task(), d.site(), now, locale, d.history(), d.callbacks());
        return t.withHistory(d.history().stream().map(e -> EventDto.of(e, d, locale)).toList());
    }

    private TaskDto withHistory(List<EventDto> named) {
        return new TaskDto(id, number, kind, complaintType, categoryCode, department, tier, dueAt, state, owner,
                escalationLevel, overdue, emergency, receptionId, estateId, unitId, location, assignee, repeatCount,
                createdAt, completedAt, closedAt, callbackDueAt, workOrder, inWarranty, contractorId, topicId,
                pausedSince, pausedSeconds, version, named, callbacks, quoteRequired, quote, chargeBillId, unitCode,
                locationText, categoryName, callerName, callerPhone, description);
    }

    static TaskDto of(Task t, TaskSite site, OffsetDateTime now, Locale locale, List<TaskEvent> history,
            List<Callback> callbacks) {
        return new TaskDto(t.getId(), t.getNumber(), t.getKind(), t.getComplaintType(), t.getCategoryCode(),
                t.getDepartment(), t.getTier(), t.getDueAt(), t.getState(), t.getOwner(), t.getEscalationLevel(),
                t.isOverdue(now), t.isEmergency(), t.getReceptionId(), t.getEstateId(), t.getUnitId(),
                t.getLocationKind(), t.getAssignee(), t.getRepeatCount(), t.getCreatedAt(), t.getCompletedAt(),
                t.getClosedAt(), t.getCallbackDueAt(), WorkOrderDto.of(t.getWorkOrder()), t.isInWarranty(),
                t.getContractorId(), t.getTopicId(), t.getPausedSince(), t.getPaused().toSeconds(), t.getVersion(),
                history == null ? null : history.stream().map(EventDto::of).toList(),
                callbacks == null ? null : callbacks.stream().map(CallbackDto::of).toList(), t.isQuoteRequired(),
                QuoteDto.of(t.getQuote()), t.getChargeBillId(), site.unitCode(), site.location(),
                site.categoryName(locale), site.callerName(), site.callerPhone(), site.description());
    }
}
