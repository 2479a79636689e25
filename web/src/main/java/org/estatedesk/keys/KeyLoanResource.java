package org.estatedesk.keys;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.keys.KeyResource.LoanDto;
import org.estatedesk.shared.PageRequest;

/** Key loans (R5.1): the list (overdue ones flagged), hand-out after approval, return, cancellation. */
@Path("/key-loans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyLoanResource {
    @Inject
    Clock clock;

    @EJB
    KeyService keys;

    /** A note on a loan's return or cancellation, with the version read. */
    public record KeyLoanNoteRequest(String comment, @PositiveOrZero Integer version) {
    }

    /** An approved loan's key handed out against the borrower's signature. */
    public record KeyHandoutRequest(@Schema(description = "the borrower signed (required: true)")
            boolean signatureConfirmed, String signedName, @PositiveOrZero Integer version) {
    }

    @GET
    @Operation(summary = "Loans newest first by estateId and state (REQUESTED, APPROVED, REJECTED, OUT, RETURNED,"
            + " CANCELLED), or overdue=true: out past their due time")
    public PageDto<LoanDto> list(@QueryParam("estateId") Long estateId, @QueryParam("state") String state,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(keys.loans(estateId, Params.enumOf(LoanState.class, state, "state"), overdue,
                new PageRequest(page, size)), r -> LoanDto.of(r.loan(), r.key(), OffsetDateTime.now(clock)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A loan")
    public LoanDto get(@PathParam("id") long id) {
        KeyLoan l = keys.loan(id);
        return LoanDto.of(l, keys.key(l.getKeyId()), OffsetDateTime.now(clock));
    }

    @POST
    @Path("/{id}/handout")
    @Operation(summary = "Hand an approved loan's key out {signatureConfirmed: true, signedName?, version?}: the"
            + " borrower's signature is required (400 without), a loan not approved → 409")
    public LoanDto handOut(@PathParam("id") long id, @Valid KeyHandoutRequest body) {
        KeyLoan l = keys.handOut(id, body.signedName(), body.signatureConfirmed(), body.version());
        return LoanDto.of(l, keys.key(l.getKeyId()), OffsetDateTime.now(clock));
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "The key came back {comment?, version?}: the loan is cleared; a loan not out → 409")
    public LoanDto returnKey(@PathParam("id") long id, @Valid KeyLoanNoteRequest body) {
        KeyLoan l = keys.returnKey(id, body.comment(), body.version());
        return LoanDto.of(l, keys.key(l.getKeyId()), OffsetDateTime.now(clock));
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(summary = "A requested or approved loan that will not be collected {comment?, version?}: the key is"
            + " free again and a waiting approval is withdrawn")
    public LoanDto cancel(@PathParam("id") long id, @Valid KeyLoanNoteRequest body) {
        KeyLoan l = keys.cancel(id, body.comment(), body.version());
        return LoanDto.of(l, keys.key(l.getKeyId()), OffsetDateTime.now(clock));
    }
}
