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
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.api.VersionRequest;
import org.estatedesk.archives.ArchiveResource.BorrowDto;
import org.estatedesk.shared.PageRequest;

/** Borrowings of archive files (R5.2): the list, overdue ones flagged, and the return. */
@Path("/archive-borrows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArchiveBorrowResource {
    @Inject
    Clock clock;

    @EJB
    ArchiveService archives;

    @GET
        @Operation(summary = "Borrowings newest first by estateId and state (REQUESTED, OUT, REJECTED, RETURNED), or"
            + " overdue=true (out past their due time); mine=true: the caller's own")
    public PageDto<BorrowDto> list(@QueryParam("estateId") Long estateId, @QueryParam("state") String state,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("mine") @DefaultValue("false") boolean mine,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(archives.borrows(estateId, Params.enumOf(BorrowState.class, state, "state"), overdue, mine,
                new PageRequest(page, size)), r -> BorrowDto.of(r.borrow(), r.file(), OffsetDateTime.now(clock)));
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "The file came back to the archive keeper, or a reading ended {version?}; a borrowing not"
            + " out → 409")
    public BorrowDto returnFile(@PathParam("id") long id, @Valid VersionRequest body) {
        ArchiveBorrow borrow = archives.returnBorrow(id, body.version());
        return BorrowDto.of(borrow, archives.file(borrow.getFileId()), OffsetDateTime.now(clock));
    }

}
