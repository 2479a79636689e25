package org.estatedesk.workbench;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.shared.Messages;

/** The caller's workbench (R6.1): the same counts as the page, each with the page that lists what it counts. */
@Path("/workbench")
@Produces(MediaType.APPLICATION_JSON)
public class WorkbenchResource {
    @EJB
    WorkbenchService workbench;

    /** One count: its bundle key, its English label, the value, the page listing it, whether it needs attention. */
    public record CountDto(String key, String label, long value, String page, boolean attention) {
        static CountDto of(WorkbenchCount c) {
            return new CountDto(c.key(), Messages.format(Locale.ENGLISH, c.key()), c.value(), c.page(),
                    c.attention());
        }
    }

    /**
     * One line of the to-do list: its kind and the kind's name, the record's id, a title (the task's kind or the
     * form's name) and subject (number and where, or the form's subject), the category's name, the caller's words,
     * the due time (absent for a form without a deadline), since when it waits, whether it is overdue, the page.
     */
    public record ToDoDto(ToDoItem.Kind kind, String kindName, long id, String title, String subject, String name,
            String detail, java.time.OffsetDateTime dueAt, java.time.OffsetDateTime since, boolean overdue, String url) {
        static ToDoDto of(ToDoItem t, Locale locale) {
            return new ToDoDto(t.kind(), Messages.format(locale, "workbench.todo.kind." + t.kind()), t.id(),
                    Messages.format(locale, t.titleKey()), t.subject(), t.name(locale), t.detail(),
                    t.due(), t.since(), t.overdue(), t.page());
        }
    }

    @GET
    @Path("/todo")
    @Operation(summary = "What waits for the caller, soonest due first (at most 50): his open tasks, the tasks to"
            + " assign of the departments he supervises, the callbacks due, the approval steps waiting for his roles;"
            + " names in the language of Accept-Language, times with the company's offset")
    public List<ToDoDto> toDo(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        Locale locale = org.estatedesk.api.Params.language(headers);
        return workbench.toDo().stream().map(t -> ToDoDto.of(t, locale)).toList();
    }

    @GET
    @Operation(summary = "The caller's workbench counts within his data scope (tasks by state, overdue, escalated,"
            + " mine, approvals waiting …), as on the workbench page")
    public List<CountDto> counts() {
        return workbench.counts().stream().map(CountDto::of).toList();
    }
}
