package org.estatedesk.archives;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PdfDocument;
import org.estatedesk.shared.Spreadsheet;

/**
 * Archive audits (R5.3): runs of the archive-audit job and their findings, as JSON, Excel and PDF. Started by the
 * archive keeper, CS managers and administrators (others 403); read by those who see archives.
 */
@Path("/archive-audits")
@Tag(name = "archive-audits", description = "Archive audits and their findings (R5.3)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArchiveAuditResource {
    @EJB
    ArchiveAudits audits;

    @EJB
    ArchiveAuditService report;

    @Inject
    AuditReport documents;

    public record AuditDto(long id, String state, long unitsChecked, long findings, long unitsTotal, int percent,
            long companyId, List<Long> estateIds, String startedBy, boolean scheduled, OffsetDateTime submittedAt,
            OffsetDateTime startedAt, OffsetDateTime endedAt) {
        static AuditDto of(ArchiveAuditView v) {
            return new AuditDto(v.id(), v.state(), v.unitsChecked(), v.findings(), v.unitsTotal(), v.percent(),
                    v.companyId(), v.estateIds(), v.audit().getStartedBy(), v.audit().isScheduled(),
                    v.job().submittedAt(), v.job().startedAt(), v.job().endedAt());
        }
    }

    public record FindingDto(long id, long auditId, long estateId, String estateName, Long unitId, String unitCode,
            AuditFindingKind kind, String subject, Long fileId, String detail, String assignee, FindingState state,
            OffsetDateTime createdAt, String closedBy, OffsetDateTime closedAt, String closeComment, int version) {
        static FindingDto of(ArchiveAuditFinding f, String estateName) {
            return new FindingDto(f.getId(), f.getAuditId(), f.getEstateId(), estateName, f.getUnitId(),
                    f.getUnitCode(), f.getKind(), f.getSubject(), f.getFileId(), f.getDetail(), f.getAssignee(),
                    f.getState(), f.getCreatedAt(), f.getClosedBy(), f.getClosedAt(), f.getCloseComment(),
                    f.getVersion());
        }

        static FindingDto of(ArchiveAuditRepository.Row r) {
            return of(r.finding(), r.estateName());
        }
    }

    /** An archive audit to start (R5.3). */
    public record ArchiveAuditRequest(Long companyId,
            @Schema(description = "default: all of the company's estates the caller sees") List<Long> estateIds,
            @Schema(description = "units per checkpoint (tests and tuning)") Long chunkSize,
            @Schema(description = "fail after so many units (a restart test)") Long failAfterUnits) {
        public ArchiveAuditRequest {
            estateIds = estateIds == null ? List.of() : estateIds;
        }
    }

    @POST
    @Operation(summary = "Start an archive audit {companyId?, estateIds?} (archive keeper, CS managers, administrators;"
            + " 403 for others): every unit of the estates (all of the company's the caller sees when none are named)"
            + " against the required documents of its state, expired documents, overdue borrowings and key loans, and"
            + " each estate's key categories without a spare set; 202 {id}, progress at GET /archive-audits/{id}")
    @APIResponse(responseCode = "202", description = "started: {id}")
    @APIResponse(responseCode = "403", description = "not an archive keeper or manager")
    @APIResponse(responseCode = "409", description = "an audit of the same company is under way")
    public Response start(@Valid ArchiveAuditRequest body, @Context UriInfo uri) {
        Long chunk = body.chunkSize();
        ArchiveAuditView v = audits.start(body.companyId(), body.estateIds(),
                chunk == null ? null : (int) Math.min(Integer.MAX_VALUE, chunk), body.failAfterUnits());
        return Response.accepted(Map.of("id", v.id()))
                .location(uri.getAbsolutePathBuilder().path(Long.toString(v.id())).build()).build();
    }

    @GET
    @Operation(summary = "The latest archive audits the caller may see, newest first (the history)")
    public List<AuditDto> recent(@QueryParam("max") Integer max) {
        return audits.recent(max == null ? 50 : max).stream().map(AuditDto::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An archive audit: state STARTING|STARTED|COMPLETED|FAILED|STOPPED, unitsChecked, findings,"
            + " unitsTotal, percent, companyId, estateIds, startedBy, submittedAt, startedAt, endedAt")
    public AuditDto get(@PathParam("id") long id) {
        return AuditDto.of(audits.audit(id));
    }

    @POST
    @Path("/{id}/restart")
    @Operation(summary = "Restart a failed or stopped audit after its last checkpoint (202); 409 otherwise")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(AuditDto.of(audits.restart(id))).build();
    }

    @POST
    @Path("/{id}/stop")
    @Operation(summary = "Stop a running audit after its current chunk (202); 409 when it is not running")
    public Response stop(@PathParam("id") long id) {
        return Response.accepted(AuditDto.of(audits.stop(id))).build();
    }

    @GET
    @Path("/{id}/findings")
    @Operation(summary = "An audit's findings in the order written, {items, total}; filters kind (MISSING_DOCUMENT|"
            + "EXPIRED_DOCUMENT|OVERDUE_BORROW|OVERDUE_KEY|MISSING_SPARE), estateId, state (OPEN|CLOSED); page, size")
    public PageDto<FindingDto> findings(@PathParam("id") long id, @QueryParam("kind") String kind,
            @QueryParam("estateId") Long estateId, @QueryParam("state") String state,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(report.findings(id, filter(kind, estateId, state), new PageRequest(page, size)),
                FindingDto::of);
    }

    @GET
    @Path("/{id}/findings.xlsx")
    @Produces(Spreadsheet.XLSX)
    @Operation(summary = "An audit's findings as Excel (the same filters); lang=en for English headers")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = Spreadsheet.XLSX))
    public Response sheet(@PathParam("id") long id, @QueryParam("kind") String kind,
            @QueryParam("estateId") Long estateId, @QueryParam("state") String state,
            @QueryParam("lang") @DefaultValue("zh") String lang) {
        List<ArchiveAuditRepository.Row> rows = report.allFindings(id, filter(kind, estateId, state));
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        StreamingOutput body = out -> documents.sheet(locale, rows, out);
        return Response.ok(body, Spreadsheet.XLSX).header("Content-Disposition", "attachment; filename=\""
                + AuditReport.fileName(id, "xlsx") + "\"").build();
    }

    @GET
    @Path("/{id}/findings.pdf")
    @Produces(PdfDocument.MEDIA_TYPE)
    @Operation(summary = "The audit report as PDF (in Chinese): the audit's figures, findings per kind, every finding"
            + " (the same filters)")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = PdfDocument.MEDIA_TYPE))
    public Response pdf(@PathParam("id") long id, @QueryParam("kind") String kind,
            @QueryParam("estateId") Long estateId, @QueryParam("state") String state) {
        ArchiveAuditView v = audits.audit(id);
        List<ArchiveAuditRepository.Row> rows = report.allFindings(id, filter(kind, estateId, state));
        return Response.ok(documents.pdf(v.audit(), v.state(), v.job().endedAt(), rows), PdfDocument.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + AuditReport.fileName(id, "pdf") + "\"")
                .build();
    }

    private static ArchiveAuditRepository.Filter filter(String kind, Long estateId, String state) {
        return new ArchiveAuditRepository.Filter(Params.enumOf(AuditFindingKind.class, kind, "kind"), estateId,
                Params.enumOf(FindingState.class, state, "state"));
    }
}
