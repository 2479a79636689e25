package org.estatedesk.hotwater;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
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
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.api.VersionRequest;
import org.estatedesk.shared.PageRequest;

/**
 * Hot-water sealing (热水封堵, R3.8): agreement → final reading (charged at once) → settlement → a CS manager's
 * approval (approval inbox, form type HOT_WATER_SEAL; approved → an engineering task) → sealed → agreement archived.
 */
@Path("/hot-water-sealings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HotWaterResource {
    @EJB
    HotWaterService sealings;

    public record SealingDto(long id, String agreementNumber, HotWaterSealing.State state, long estateId,
            long unitId, String unitCode, String applicant, String applicantPhone, String reason, String agreedBy,
            OffsetDateTime agreedAt, BigDecimal finalReading, String readingPeriod, BigDecimal consumption,
            BigDecimal finalAmount, Long chargeBillId, String readBy, OffsetDateTime settledAt, String decidedBy,
            OffsetDateTime decidedAt, String decisionComment, String taskNumber, String sealNumber,
            String sealRemarks, String sealedBy, OffsetDateTime sealedAt, Long archiveItemId, String archivedBy,
            OffsetDateTime archivedAt, String unsealedBy, OffsetDateTime unsealedAt, String unsealRemarks,
            int version) {
        static SealingDto of(HotWaterSealing s) {
            return new SealingDto(s.getId(), s.getAgreementNumber(), s.getState(), s.getEstateId(), s.getUnitId(),
                    s.getUnitCode(), s.getApplicant(), s.getApplicantPhone(), s.getReason(), s.getAgreedBy(),
                    s.getAgreedAt(), s.getFinalReading(), s.getReadingPeriod(), s.getConsumption(),
                    s.getFinalAmount(), s.getChargeBillId(), s.getReadBy(), s.getSettledAt(), s.getDecidedBy(),
                    s.getDecidedAt(), s.getDecisionComment(), s.getTaskNumber(), s.getSealNumber(),
                    s.getSealRemarks(), s.getSealedBy(), s.getSealedAt(), s.getArchiveItemId(), s.getArchivedBy(),
                    s.getArchivedAt(), s.getUnsealedBy(), s.getUnsealedAt(), s.getUnsealRemarks(), s.getVersion());
        }
    }

    /** The owner's sealing request with the signed agreement (R3.8). */
    public record SealingRequest(@NotNull Long unitId, String applicant, String applicantPhone, String reason) {
    }

    /** The final meter reading. */
    public record SealingReadingRequest(BigDecimal reading,
            @Schema(description = "the reading's month, yyyy-MM (default this month)") YearMonth period,
            @PositiveOrZero Integer version) {
    }

    /** Engineering sealed the meter. */
    public record SealingSealRequest(String sealNumber, String remarks, @PositiveOrZero Integer version) {
    }

    /** The agreement filed in the unit's archive. */
    public record SealingArchiveRequest(@Schema(description = "an archive file of the unit") @NotNull Long fileId,
            String location, @PositiveOrZero Integer version) {
    }

    /** Engineering opened the sealed meter again (启封). */
    public record SealingUnsealRequest(String remarks, @PositiveOrZero Integer version) {
    }

    @POST
    @Operation(summary = "The owner's sealing request with the signed agreement {unitId, applicant, applicantPhone?,"
            + " reason?}: 201, state AGREED, numbered RS{year}-{id}; 409 while the unit has an open sealing")
    public Response apply(@Valid SealingRequest body, @Context UriInfo uri) {
        HotWaterSealing s = sealings.apply(body.unitId(), body.applicant(), body.applicantPhone(), body.reason());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(s.getId())).build())
                .entity(SealingDto.of(s)).build();
    }

    @GET
    @Operation(summary = "Sealings, newest first: state=AGREED|READ|IN_APPROVAL|APPROVED|REJECTED|SEALED|ARCHIVED|UNSEALED,"
            + " estateId=, page=, size=")
    public PageDto<SealingDto> list(@QueryParam("state") String state, @QueryParam("estateId") Long estateId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(sealings.sealings(Params.enumOf(HotWaterSealing.State.class, state, "state"), estateId,
                new PageRequest(page, size)), SealingDto::of);
    }

    @GET
    @Path("/{id}")
    public SealingDto get(@PathParam("id") long id) {
        return SealingDto.of(sealings.find(id));
    }

    @POST
    @Path("/{id}/final-reading")
    @Operation(summary = "The final meter reading {reading, period? (yyyy-MM, default this month), version?}: recorded"
            + " in the hot-water ledger (400 when lower than the last reading, 409 when the period was read) and its"
            + " consumption charged at once at the estate's hot-water price (one-off item HOT_WATER_FINAL); the monthly"
            + " run does not bill that reading again. AGREED → READ")
    public SealingDto finalReading(@PathParam("id") long id, @Valid SealingReadingRequest body) {
        return SealingDto.of(sealings.finalReading(id, body.reading(), body.period(), body.version()));
    }

    @GET
    @Path("/{id}/open-fees")
    @Operation(summary = "What the unit still owes for hot water {openFees}: monthly hot-water lines and the final"
            + " reading's charge, unpaid")
    public jakarta.json.JsonObject openFees(@PathParam("id") long id) {
        return jakarta.json.Json.createObjectBuilder().add("openFees", sealings.stillOpen(id)).build();
    }

    @POST
    @Path("/{id}/settlement")
    @Operation(summary = "The hot-water fees are settled {version?}: READ → IN_APPROVAL and a CS manager's step waits"
            + " in the approval inbox; 409 with the amount while any hot-water fee is unpaid")
    public SealingDto settle(@PathParam("id") long id, @Valid VersionRequest body) {
        return SealingDto.of(sealings.settle(id, body.version()));
    }

    @POST
    @Path("/{id}/sealing")
    @Operation(summary = "Engineering sealed it {sealNumber, remarks?, version?}: APPROVED → SEALED; engineering only")
    public SealingDto seal(@PathParam("id") long id, @Valid SealingSealRequest body) {
        return SealingDto.of(sealings.sealed(id, body.sealNumber(), body.remarks(), body.version()));
    }

    @POST
    @Path("/{id}/archiving")
    @Operation(summary = "The agreement filed {fileId (an archive file of the unit), location?, version?}: an item"
            + " AGREEMENT of that file; SEALED → ARCHIVED; archive keepers only")
    public SealingDto archive(@PathParam("id") long id, @Valid SealingArchiveRequest body) {
        return SealingDto.of(sealings.archive(id, body.fileId(), body.location(), body.version()));
    }

    @POST
    @Path("/{id}/unsealing")
    @Operation(summary = "Engineering opened the sealed meter again (启封) {remarks?, version?}: SEALED or ARCHIVED →"
            + " UNSEALED; until then the unit's hot-water meter takes no reading (400 error.reading.sealed);"
            + " engineering only")
    public SealingDto unseal(@PathParam("id") long id, @Valid SealingUnsealRequest body) {
        return SealingDto.of(sealings.unseal(id, body.remarks(), body.version()));
    }
}
