package org.estatedesk.audit;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.api.PageDto;
import org.estatedesk.shared.OperationLogEntry;
import org.estatedesk.shared.Outcome;
import org.estatedesk.shared.PageRequest;

/** The operation log (R0.8): administrators, auditors and CS managers. */
@Path("/operation-log")
@Produces(MediaType.APPLICATION_JSON)
public class OperationLogResource {
    @EJB
    AuditService audit;

    public record LogEntryDto(long id, OffsetDateTime at, String username, String address, String operation,
            String targetType, String targetId, String detail, Outcome outcome) {
        static LogEntryDto of(OperationLogEntry e) {
            return new LogEntryDto(e.getId(), e.getAt(), e.getUsername(), e.getAddress(), e.getOperation(),
                    e.getTargetType(), e.getTargetId(), e.getDetail(), e.getOutcome());
        }
    }

    @GET
    @Operation(summary = "Search the operation log, newest first")
    public PageDto<LogEntryDto> search(@QueryParam("username") String username, @QueryParam("operation") String operation,
            @QueryParam("outcome") Outcome outcome, @QueryParam("target") String target,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        PageRequest p = new PageRequest(page, size);
        return PageDto.of(audit.searchLog(new OperationLogQuery(username, operation, outcome, null, null, target),
                p.offset(), p.size()), LogEntryDto::of);
    }
}
