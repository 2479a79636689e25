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

    @GET
    @Operation(summary = "The caller's workbench counts within his data scope (tasks by state, overdue, escalated,"
            + " mine, approvals waiting …), as on the workbench page")
    public List<CountDto> counts() {
        return workbench.counts().stream().map(CountDto::of).toList();
    }
}
