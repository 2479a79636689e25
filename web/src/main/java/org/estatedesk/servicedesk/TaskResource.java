package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.estatedesk.api.Params;
import org.estatedesk.api.Problem;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PdfDocument;
import org.estatedesk.shared.RuleViolationException;

/** Tasks (R1.2–R1.8): lists, detail with history, actions through the state machine, callbacks. */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {
    @Inject
    Clock clock;

    @EJB
    TaskService tasks;

    @EJB
    CallbackService callbacks;

    @Inject
    NoticePdf notices;

    @Inject
    WorkOrderPdf workOrders;

    @Context
    jakarta.ws.rs.core.SecurityContext security;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @GET
    @Operation(summary = "Tasks, newest first, filtered by state, overdue, estate, mine (assignee or first responder),"
            + " escalated, and myCustomers (the owners whose consultant the caller is, R1.9); and searched (issue 20),"
            + " every condition combined with the others and the caller's data scope: q, a keyword whose form says"
            + " what it is, each found through an index — a task number (T00000012, t12, or 00000012: that task), a"
            + " unit code or its start (letters or digits joined by dashes: 3-2-404, 3-2), a phone or its start (3 to"
            + " 20 digits, + and spaces allowed), else the start of the caller's name, and the description (contains,"
            + " any case) only together with from or to; from and to, the registration days (yyyy-MM-dd, inclusive,"
            + " in the company's time zone); categoryId, a category with its sub-categories; department (CS_ASSISTANT,"
            + " ENGINEERING, SECURITY, ENVIRONMENT, FINANCE, EXTERNAL); unitId, or unitCode (the units whose code starts"
            + " so); sort: registered, -registered, due,"
            + " -due (the id breaks ties; none: newest first). A bad value is a 400 problem+json naming the"
            + " parameter (from after to names from). A search counts up to 1,000 tasks: totalExact false and"
            + " total 1,001 say that more match (narrow the search); the plain list's totals are exact.")
    @APIResponse(responseCode = "400", description = "A parameter's value is not valid (the problem names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TaskPageDto list(@QueryParam("state") String state, @QueryParam("overdue") Boolean overdue,
            @QueryParam("estateId") Long estateId, @QueryParam("mine") boolean mine,
            @QueryParam("escalated") Boolean escalated, @QueryParam("myCustomers") boolean myCustomers,
            @QueryParam("q") String q, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("categoryId") Long categoryId, @QueryParam("department") String department,
            @QueryParam("unitId") Long unitId, @QueryParam("unitCode") String unitCode,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        TaskSort order = TaskSort.of(sort);
        if (order == null) {
            throw new RuleViolationException("error.param.invalid", "sort", sort);
        }
        TaskSearch search = tasks.search(q, Params.date(from, "from"), Params.date(to, "to"), categoryId,
                Params.enumOf(Department.class, department, "department"), unitId, unitCode, order);
        TaskFilter filter = new TaskFilter(Params.enumOf(TaskState.class, state, "state"), overdue, estateId,
                mine ? security.getUserPrincipal().getName() : null, escalated, null, null, false,
                myCustomers ? security.getUserPrincipal().getName() : null).withSearch(search);
        var found = tasks.tasks(filter, new PageRequest(page, size));
        java.util.Locale language = Params.language(headers);
        return new TaskPageDto(found.items().stream().map(t -> TaskDto.of(t, now, language)).toList(), found.total(),
                search.exact(found.total()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One task with its history and callbacks; 404 outside the caller's data scope")
    public TaskDto get(@PathParam("id") long id) {
        return read(id);
    }

    @GET
    @Path("/{id}/notice")
    @Produces(PdfDocument.MEDIA_TYPE)
    @Operation(summary = "The written notice to the customer of a DIFFICULT task (R1.5) as a PDF, in Chinese: the"
            + " same text as the printable page; 409 for a task of another tier")
    @APIResponse(responseCode = "200", description = "The notice",
            content = @Content(mediaType = PdfDocument.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such task in the caller's data scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The task is not DIFFICULT: it has no written notice",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "The PDF font is not installed on the server",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response notice(@PathParam("id") long id) {
        WrittenNotice n = tasks.writtenNotice(id);
        return Response.ok(notices.render(n), PdfDocument.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + NoticePdf.fileName(n) + "\"").build();
    }

    @GET
    @Path("/{id}/work-order.pdf")
    @Produces(PdfDocument.MEDIA_TYPE)
    @Operation(summary = "The task's work order as a PDF in the caller's language (Accept-Language, Chinese by"
            + " default; issue 20): task number, estate, unit or location, caller, phone, description, category,"
            + " department, technician, and once completed the arrival, work done, materials and charge and the"
            + " owner's sign-off (his signature's picture, his name, or why he did not sign); times in the company's"
            + " time zone")
    @APIResponse(responseCode = "200", description = "The work order",
            content = @Content(mediaType = PdfDocument.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such task in the caller's data scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "The PDF font is not installed on the server",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response workOrder(@PathParam("id") long id) {
        WorkOrderSheet s = tasks.workOrderSheet(id);
        return Response.ok(workOrders.render(s, Params.language(headers)), PdfDocument.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + WorkOrderPdf.fileName(s) + "\"").build();
    }

    @POST
    @Path("/{id}/actions")
    @Operation(summary = "ASSIGN (supervisors; assignee = a technician), DISCUSS, PLAN, COMPLETE (with the work"
            + " order; a paid special service only after its quote was accepted, and it charges the accepted quote: a"
            + " different charge is a 400 error.task.chargeNotQuoted), CLOSE (consultations, suggestions, special services: a repair or complaint closes only through"
            + " its callback, 409 error.task.closeByCallback), VOID, INVALIDATE (with a reason), WAIT_CUSTOMER (with a"
            + " reason: the SLA clock stops, state WAITING_CUSTOMER, never overdue) and RESUME (back to the state it"
            + " waited in, dueAt later by the time waited; R1.5), RECATEGORISE {categoryId, comment: the reason} and"
            + " TRANSFER {department, comment: the reason} (issue 20: while the task runs, by the desk or the"
            + " department's supervisor; a new category may re-dispatch the task and recompute its due time; each is a"
            + " hop of the history, fromName → toName). An illegal transition is a 409 and changes nothing; bad input"
            + " a 400 naming the field.")
    public TaskDto act(@PathParam("id") long id, TaskActionDto body) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        if (body.action() == null) {
            throw new RuleViolationException("error.required", "action");
        }
        Task t = switch (body.action()) {
            case ASSIGN -> tasks.assign(id, body.assignee(), body.comment(), body.version());
            case DISCUSS, PLAN, COMPLETE, WAIT_CUSTOMER, RESUME -> tasks.progress(id, body.action(), body.comment(),
                    body.workOrder(security.getUserPrincipal().getName()), body.version());
            case CLOSE, VOID, INVALIDATE -> tasks.finish(id, body.action(), body.comment(), body.version());
            case RECATEGORISE -> tasks.recategorise(id, body.categoryId(), body.comment(), body.version());
            case TRANSFER -> {
                Department to = Params.enumOf(Department.class, body.department(), "department");
                if (to == null) {
                    throw new RuleViolationException("error.required", "department");
                }
                yield tasks.transfer(id, to, body.comment(), body.version());
            }
            case REOPEN -> throw new RuleViolationException("error.task.unknownAction", "action", body.action());
        };
        return read(t.getId());
    }

    /** The task as it is now, with where it is, its history and callbacks. */
    private TaskDto read(long id) {
        return TaskDto.of(tasks.detail(id), OffsetDateTime.now(clock), Params.language(headers));
    }

    /** The quote of a paid special service (R1.2). */
    public record TaskQuoteRequest(@Schema(description = "≥ 0, two decimals") BigDecimal amount,
            @Schema(description = "The work and materials") String description, @PositiveOrZero Integer version) {
    }

    /** The owner's answer to a quote (R1.2), recorded on his behalf. */
    public record QuoteAcceptanceRequest(@NotNull Boolean accepted,
            @Schema(description = "The owner's name or phone") String acceptedBy,
            @Schema(description = "Default PHONE") QuoteConsent consent, String note,
            @PositiveOrZero Integer version) {
    }

    @PUT
    @Path("/{id}/quote")
    @Operation(summary = "Quote a paid special service (R1.2) {amount (≥ 0, two decimals), description (the work and"
            + " materials), version?} before its work is planned: those who may work the task (403 otherwise); a new"
            + " quote replaces one the owner has not accepted (409 once accepted, 409 error.task.notQuoted for other"
            + " tasks and for special services handed over by a form)")
    public TaskDto quote(@PathParam("id") long id, @Valid TaskQuoteRequest body) {
        return read(tasks.quote(id, body.amount(), body.description(), body.version()).getId());
    }

    @POST
    @Path("/{id}/quote/acceptance")
    @Operation(summary = "The owner's answer to the quote (R1.2), recorded on his behalf {accepted: true|false,"
            + " acceptedBy (the owner's name or phone), consent? (SIGNATURE|PHONE|IN_PERSON, default PHONE), note?,"
            + " version?}: accepted lets the task be planned (PLAN before it is a 409 error.task.quoteNotAccepted) and"
            + " at COMPLETE the quote becomes a bill of the unit (chargeBillId, once); refused leaves it to be quoted"
            + " again or voided; 409 when the quote was answered already")
    public TaskDto acceptance(@PathParam("id") long id, @Valid QuoteAcceptanceRequest body) {
        QuoteConsent consent = body.consent();
        return read(tasks.decideQuote(id, body.accepted(), body.acceptedBy(),
                consent == null ? QuoteConsent.PHONE : consent, body.note(), body.version()).getId());
    }

    @POST
    @Path("/{id}/callbacks")
    @Operation(summary = "Record the callback of a completed task: SATISFIED or FAIR closes it, DISSATISFIED reopens"
            + " it to TO_IMPLEMENT, UNREACHABLE records an attempt that reached nobody (the company's"
            + " callback.maxAttempts-th closes the task); 409 when the task is not completed")
    public Response callback(@PathParam("id") long id, CallbackDto body, @Context UriInfo uri) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        Callback c = callbacks.callback(id, body.result(), body.comment());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(c.getId())).build())
                .entity(CallbackDto.of(c)).build();
    }
}
