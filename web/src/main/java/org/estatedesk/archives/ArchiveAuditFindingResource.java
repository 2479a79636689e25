package org.estatedesk.archives;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Findings of the archive audit (R5.3): closed once fixed. */
@Path("/archive-audit-findings")
@Tag(name = "archive-audits", description = "Archive audits and their findings (R5.3)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArchiveAuditFindingResource {
    @EJB
    ArchiveAuditService report;

    /** A finding closed once its cause is fixed. */
    public record ArchiveFindingClosingRequest(@Schema(description = "what was done (required)") String comment,
            @PositiveOrZero Integer version) {
    }

    @POST
    @Path("/{id}/closing")
    @Operation(summary = "Close a finding whose cause is fixed {comment, version} (archive keeper, CS managers,"
            + " administrators); 400 without a comment, 409 when closed already or the version is stale")
    @APIResponse(responseCode = "200", description = "the closed finding")
    @APIResponse(responseCode = "409", description = "closed already, or a stale version")
    public ArchiveAuditResource.FindingDto close(@PathParam("id") long id, @Valid ArchiveFindingClosingRequest body) {
        ArchiveAuditFinding f = report.close(id, body.comment(), body.version());
        return ArchiveAuditResource.FindingDto.of(f, null);
    }
}
