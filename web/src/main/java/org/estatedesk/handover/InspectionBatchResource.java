package org.estatedesk.handover;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.api.Params;
import org.estatedesk.servicedesk.IssueCategory;
import org.estatedesk.shared.Messages;

/** Inspection batches (C2, R2.1): open one, record defects and clean units, read its summary. */
@Path("/inspection-batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionBatchResource {
    @EJB
    InspectionService inspections;

    @EJB
    DefectService defects;

    public record BatchRequest(@NotNull Long estateId, @NotNull InspectionKind kind,
            @NotBlank @Size(max = 200) String name, List<Long> unitIds, List<Long> buildingIds) {
    }

    public record UnitDto(long unitId, Long buildingId, UnitInspection state, String stateName, String inspectedBy,
            OffsetDateTime inspectedAt) {
        static UnitDto of(InspectedUnit u, Locale locale) {
            return new UnitDto(u.getUnitId(), u.getBuildingId(), u.getState(),
                    Messages.format(locale, "inspection.unit." + u.getState()), u.getInspectedBy(),
                    u.getInspectedAt());
        }
    }

    public record BatchDto(long id, long estateId, InspectionKind kind, String kindName, String name,
            String createdBy, OffsetDateTime createdAt, int units, List<UnitDto> unitList) {
        static BatchDto of(InspectionBatch b, List<InspectedUnit> units, Locale locale) {
            return new BatchDto(b.getId(), b.getEstateId(), b.getKind(),
                    Messages.format(locale, "inspection.kind." + b.getKind()), b.getName(), b.getCreatedBy(),
                    b.getCreatedAt(), units == null ? 0 : units.size(),
                    units == null ? null : units.stream().map(u -> UnitDto.of(u, locale)).toList());
        }
    }

    public record DefectRequest(@NotNull Long unitId, @NotNull Room room, @NotBlank String categoryCode,
            @NotBlank @Size(max = 1000) String description, @NotNull Severity severity) {
    }

    public record CleanRequest(@NotNull Long unitId) {
    }

    @jakarta.json.bind.annotation.JsonbNillable
    public record ContractorFigures(Long contractorId, String name, long defects, long open) {
    }

    public record CategoryFigures(String code, String name, long defects) {
    }

    public record SummaryDto(long units, long inspected, long withDefects, long defects, long open, long overdue,
            long accepted, double closedRate, List<ContractorFigures> byContractor,
            List<CategoryFigures> byCategory) {
    }

    @POST
    @Operation(summary = "Open an inspection batch {estateId, kind: TAKEOVER|MOCK|HANDOVER, name, unitIds?[] |"
            + " buildingIds?[]}: 201 {id, kind, units}; CS and engineering managers")
    public Response create(@Valid BatchRequest body, @Context UriInfo uri, @Context HttpHeaders headers) {
        InspectionBatch b = inspections.create(new NewBatch(body.estateId(), body.kind(), body.name(),
                body.unitIds(), body.buildingIds()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(b.getId())).build())
                .entity(BatchDto.of(b, inspections.units(b.getId()), Params.language(headers))).build();
    }

    @GET
    @Operation(summary = "The batches the caller may see, newest first; ?estateId= one estate's")
    public List<BatchDto> list(@QueryParam("estateId") Long estateId, @Context HttpHeaders headers) {
        Locale locale = Params.language(headers);
        return inspections.batches(estateId).stream().map(b -> BatchDto.of(b, null, locale)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A batch with its units and their inspection state; 404 outside the caller's scope")
    public BatchDto get(@PathParam("id") long id, @Context HttpHeaders headers) {
        return BatchDto.of(inspections.batch(id), inspections.units(id), Params.language(headers));
    }

    @POST
    @Path("/{id}/defects")
    @Operation(summary = "Record a defect {unitId, room, categoryCode, description, severity: A|B|C}: 201 {id,"
            + " state, contractorId (null when engineering), dueDate, version}, routed to the contractor whose"
            + " warranty scope covers its category and building, due by the severity's days (defect.dueDays.*)")
    public Response record(@PathParam("id") long id, @Valid DefectRequest body, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Defect d = inspections.record(id, new NewDefect(body.unitId(), body.room(), body.categoryCode(),
                body.description(), body.severity()));
        return Response.created(uri.getBaseUriBuilder().path("defects").path(Long.toString(d.getId())).build())
                .entity(DefectDto.of(d, false, null, defects.categories(d.getCompanyId()),
                        Params.language(headers))).build();
    }

    @POST
    @Path("/{id}/clean")
    @Operation(summary = "A unit of the batch inspected without defects {unitId}: 204; 409 when it has defects")
    public Response clean(@PathParam("id") long id, @Valid CleanRequest body) {
        inspections.clean(id, body.unitId());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/summary")
    @Operation(summary = "The batch's figures: units, inspected, withDefects, defects, open, overdue, accepted,"
            + " closedRate (accepted of the defects not cancelled), byContractor (contractorId null: engineering),"
            + " byCategory")
    public SummaryDto summary(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale locale = Params.language(headers);
        InspectionService.Figures f = inspections.summary(id);
        InspectionRepository.Summary s = f.summary();
        Map<String, IssueCategory> categories = defects.categories(inspections.batch(id).getCompanyId());
        return new SummaryDto(s.units(), s.inspected(), s.withDefects(), s.defects(), s.open(), s.overdue(),
                s.accepted(), f.closedRate(),
                s.byContractor().stream().map(c -> new ContractorFigures(c.contractorId(),
                        c.contractorId() == null ? Messages.format(locale, "defect.engineering") : c.name(),
                        c.defects(), c.open())).toList(),
                s.byCategory().stream().map(c -> new CategoryFigures(c.code(),
                        categories.containsKey(c.code()) ? categories.get(c.code()).name(locale) : c.code(),
                        c.defects())).toList());
    }
}
