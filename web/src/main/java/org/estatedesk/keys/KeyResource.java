package org.estatedesk.keys;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.api.VersionRequest;
import org.estatedesk.shared.PageRequest;

/** The key register (R5.1): keys, their loans, rectification and collection, missing spare sets. */
@Path("/keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyResource {
    @Inject
    Clock clock;

    @EJB
    KeyService keys;

    public record KeyDto(long id, long estateId, KeyCategory category, String tag, Long unitId, String unitCode,
            String buildingCode, Integer floor, String equipment, String target, String location, int quantity,
            boolean spare, KeyState state, boolean rectification, LoanDto currentLoan, String collectedBy,
            OffsetDateTime collectedAt, int version) {
        static KeyDto of(EstateKey k, KeyLoan loan, OffsetDateTime now) {
            return new KeyDto(k.getId(), k.getEstateId(), k.getCategory(), k.getTag(), k.getUnitId(), k.getUnitCode(),
                    k.getBuildingCode(), k.getFloor(), k.getEquipment(), k.target(), k.getLocation(), k.getQuantity(),
                    k.isSpare(), k.getState(), k.isRectification(), loan == null ? null : LoanDto.of(loan, k, now),
                    k.getCollectedBy(), k.getCollectedAt(), k.getVersion());
        }

        static KeyDto of(KeyRepository.Row r, OffsetDateTime now) {
            return of(r.key(), r.loan(), now);
        }
    }

    public record LoanDto(long id, long keyId, String tag, String borrower, BorrowerKind borrowerKind,
            boolean approvalRequired, String purpose, OffsetDateTime dueAt, LoanState state, boolean overdue, String requestedBy,
            OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt, String decisionComment,
            String handedOutBy, OffsetDateTime handedOutAt, String signedName, boolean signatureConfirmed,
            String returnedTo, OffsetDateTime returnedAt, String returnComment, int version) {
        static LoanDto of(KeyLoan l, EstateKey k, OffsetDateTime now) {
            return new LoanDto(l.getId(), l.getKeyId(), k == null ? null : k.getTag(), l.getBorrower(),
                    l.getBorrowerKind(), l.isApprovalRequired(), l.getPurpose(), l.getDueAt(), l.getState(),
                    l.isOverdue(now), l.getRequestedBy(), l.getRequestedAt(),
                    l.getDecidedBy(), l.getDecidedAt(), l.getDecisionComment(), l.getHandedOutBy(),
                    l.getHandedOutAt(), l.getSignedName(), l.isSignatureConfirmed(), l.getReturnedTo(),
                    l.getReturnedAt(), l.getReturnComment(), l.getVersion());
        }
    }

    @Schema(name = "KeyDetailDto")
    public record DetailDto(KeyDto key, String estateName, List<LoanDto> loans) {
        static DetailDto of(KeyDetail d, OffsetDateTime now) {
            KeyLoan current = d.loans().stream().filter(l -> l.getId().equals(d.key().getCurrentLoanId()))
                    .findFirst().orElse(null);
            return new DetailDto(KeyDto.of(d.key(), current, now), d.estateName(), d.loans().stream()
                    .map(l -> LoanDto.of(l, d.key(), now)).toList());
        }
    }

    public record MissingSpareDto(long estateId, String estateName, KeyCategory category, long keys) {
    }

    /** A key to register (R5.1); the service checks which fields its category needs. */
    public record KeyRequest(Long estateId, KeyCategory category, String tag,
            @Schema(description = "an owner's key: the unit by id, or by unitCode") Long unitId, String unitCode,
            @Schema(description = "public doors, windows, water-meter boxes") String buildingCode,
            @Schema(description = "public doors, windows, water-meter boxes") Integer floor,
            @Schema(description = "equipment rooms") String equipment, String location, Integer quantity,
            @Schema(description = "the category's emergency spare set") boolean spare) {
    }

    /** A key to lend. */
    public record KeyLendingRequest(String borrower,
            @Schema(description = "default OTHER") BorrowerKind borrowerKind, String purpose,
            OffsetDateTime dueAt, String signedName, boolean signatureConfirmed) {
    }

    /** The owner collected his key. */
    public record KeyCollectionRequest(@NotNull String collectedBy, @PositiveOrZero Integer version) {
    }

    @POST
    @Operation(summary = "Register a key {estateId, category, tag, unitId | unitCode (owner keys), buildingCode, floor"
            + " (public doors, windows, water-meter boxes), equipment (equipment rooms), location, quantity, spare};"
            + " 201; a tag taken in the estate → 409")
    public Response register(@Valid KeyRequest body, @Context UriInfo uri) {
        EstateKey k = keys.register(new NewKey(body.estateId(), body.category(), body.tag(), body.unitId(),
                body.unitCode(), body.buildingCode(), body.floor(), body.equipment(), body.location(),
                body.quantity(), body.spare()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(k.getId())).build())
                .entity(KeyDto.of(k, null, OffsetDateTime.now(clock))).build();
    }

    @GET
    @Operation(summary = "Keys by estate and tag, filtered by estateId, category, state (IN_STORE, RECTIFICATION,"
            + " RESERVED, ON_LOAN, WITH_OWNER), overdue (a loan out past its due time), unitId, tag (contains)")
    public PageDto<KeyDto> list(@QueryParam("estateId") Long estateId, @QueryParam("category") String category,
            @QueryParam("state") String state, @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("unitId") Long unitId, @QueryParam("tag") String tag,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(keys.keys(new KeyRepository.Filter(estateId, Params.enumOf(KeyCategory.class, category,
                "category"), Params.enumOf(KeyState.class, state, "state"), overdue, unitId, tag),
                new PageRequest(page, size)), x -> KeyDto.of(x, OffsetDateTime.now(clock)));
    }

    @GET
    @Path("/missing-spares")
    @Operation(summary = "The categories of each estate that have keys but no emergency spare set (R5.1)")
    public List<MissingSpareDto> missingSpares(@QueryParam("estateId") Long estateId) {
        return keys.missingSpares(estateId).stream().map(m -> new MissingSpareDto(m.estateId(), m.estateName(),
                m.category(), m.keys())).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A key with every loan, newest first")
    public DetailDto get(@PathParam("id") long id) {
        return DetailDto.of(keys.detail(id), OffsetDateTime.now(clock));
    }

    @POST
    @Path("/{id}/loans")
    @Operation(summary = "Lend a key {borrower, purpose, dueAt, borrowerKind?: OWNER|STAFF|CONTRACTOR|OTHER (default"
            + " OTHER), signedName?, signatureConfirmed?}; 201 — the owner (the borrower one of the unit's current"
            + " owners or occupants by name; otherwise approvalRequired and he waits like anyone else) takes it at"
            + " once against his signature"
            + " (state OUT), anyone else waits for a CS manager's approval in the inbox (state REQUESTED, the key"
            + " RESERVED); a key already out or reserved → 409 problem+json")
    @APIResponse(responseCode = "201", description = "The loan")
    @APIResponse(responseCode = "409", description = "The key is already lent or reserved")
    public Response lend(@PathParam("id") long id, @Valid KeyLendingRequest body, @Context UriInfo uri) {
        KeyLoan loan = keys.lend(id, body.borrower(), body.borrowerKind(), body.purpose(), body.dueAt(),
                body.signedName(), body.signatureConfirmed());
        return Response.created(uri.getBaseUriBuilder().path("key-loans").path(Long.toString(loan.getId())).build())
                .entity(LoanDto.of(loan, keys.key(id), OffsetDateTime.now(clock))).build();
    }

    @POST
    @Path("/{id}/loans/{loanId}/return")
    @Operation(summary = "The key came back {comment?, version?}: the loan is cleared (same as"
            + " /key-loans/{loanId}/return)")
    public LoanDto returnKey(@PathParam("id") long id, @PathParam("loanId") long loanId,
            @Valid KeyLoanResource.KeyLoanNoteRequest body) {
        KeyLoan l = keys.loan(loanId);
        if (l.getKeyId() != id) {
            throw new org.estatedesk.shared.NotFoundException("keyLoan", loanId);
        }
        KeyLoan loan = keys.returnKey(loanId, body.comment(), body.version());
        return LoanDto.of(loan, keys.key(id), OffsetDateTime.now(clock));
    }

    @POST
    @Path("/{id}/rectification")
    @Operation(summary = "Keep an owner's key after handover for rectification {version?}, until the owner collects it")
    public KeyDto rectification(@PathParam("id") long id, @Valid VersionRequest body) {
        return KeyDto.of(keys.holdForRectification(id, body.version()), null, OffsetDateTime.now(clock));
    }

    @POST
    @Path("/{id}/collection")
    @Operation(summary = "The owner collected his key {collectedBy, version?}: it leaves the store (WITH_OWNER)")
    public KeyDto collection(@PathParam("id") long id, @Valid KeyCollectionRequest body) {
        return KeyDto.of(keys.collect(id, body.collectedBy(), body.version()), null, OffsetDateTime.now(clock));
    }
}
