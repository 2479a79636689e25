package org.estatedesk.archives;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.PageRequest;

/**
 * Archive files (R5.2): owner, unit and construction files with their items and scanned copies, borrowing and
 * reading after the estate manager's approval, every change and access in the file's history. Confidential: other
 * roles get 403.
 */
@Path("/archive-files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArchiveResource {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    ArchiveService archives;

    public record FileDto(long id, long estateId, String estateName, ArchiveKind kind, Long unitId, String unitCode,
            Long ownerId, String fileNo, String title, String location, long items, boolean out, String createdBy,
            OffsetDateTime createdAt, int version) {
        static FileDto of(ArchiveFile f, String estateName, long items, boolean out) {
            return new FileDto(f.getId(), f.getEstateId(), estateName, f.getKind(), f.getUnitId(), f.getUnitCode(),
                    f.getOwnerId(), f.getFileNo(), f.getTitle(), f.getLocation(), items, out, f.getCreatedBy(),
                    f.getCreatedAt(), f.getVersion());
        }

        static FileDto of(ArchiveRepository.FileRow r) {
            return of(r.file(), r.estateName(), r.items(), r.out());
        }
    }

    public record ItemDto(long id, DocumentType docType, String title, String location, LocalDate expiresOn,
            boolean expired, boolean removed, String createdBy, OffsetDateTime createdAt, int version) {
        static ItemDto of(ArchiveItem i, LocalDate today) {
            return new ItemDto(i.getId(), i.getDocType(), i.getTitle(), i.getLocation(), i.getExpiresOn(),
                    i.isExpired(today), i.isRemoved(), i.getCreatedBy(),
                    i.getCreatedAt(), i.getVersion());
        }
    }

    public record BorrowDto(long id, long fileId, String fileNo, BorrowKind kind, String borrower, String purpose,
            boolean hqInspection, OffsetDateTime dueAt, BorrowState state, boolean overdue,
            OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt, String decisionComment,
            String returnedTo, OffsetDateTime returnedAt, int version) {
        static BorrowDto of(ArchiveBorrow b, ArchiveFile f, OffsetDateTime now) {
            return new BorrowDto(b.getId(), b.getFileId(), f == null ? null : f.getFileNo(), b.getKind(),
                    b.getBorrower(), b.getPurpose(), b.isHqInspection(), b.getDueAt(), b.getState(),
                    b.isOverdue(now), b.getRequestedAt(), b.getDecidedBy(),
                    b.getDecidedAt(), b.getDecisionComment(), b.getReturnedTo(), b.getReturnedAt(), b.getVersion());
        }
    }

    @Schema(name = "ArchiveEventDto")
    public record EventDto(long id, Long itemId, OffsetDateTime at, String actor, ArchiveAction action,
            String detail) {
        static EventDto of(ArchiveEvent e) {
            return new EventDto(e.getId(), e.getItemId(), e.getAt(), e.getActor(), e.getAction(), e.getDetail());
        }
    }

    @Schema(name = "ArchiveFileDetailDto")
    public record DetailDto(FileDto file, List<ItemDto> items, List<ArchiveAttachment.Info> attachments,
            List<BorrowDto> borrows, List<EventDto> history, boolean canRead) {
        static DetailDto of(ArchiveDetail d, LocalDate today, OffsetDateTime now) {
            long live = d.items().stream().filter(i -> !i.isRemoved()).count();
            boolean out = d.borrows().stream().anyMatch(b -> b.getKind() == BorrowKind.BORROW
                    && b.getState() == BorrowState.OUT);
            return new DetailDto(FileDto.of(d.file(), d.estateName(), live, out),
                    d.items().stream().map(x -> ItemDto.of(x, today)).toList(), d.attachments(),
                    d.borrows().stream().map(b -> BorrowDto.of(b, d.file(), now)).toList(),
                    d.events().stream().map(EventDto::of).toList(), d.canRead());
        }
    }

    /** A new archive file (R5.2). */
    public record ArchiveFileRequest(Long estateId, ArchiveKind kind,
            @Schema(description = "owner and unit files: the unit by id, or by unitCode") Long unitId,
            String unitCode, @Schema(description = "default YZ-/FW-unit code") String fileNo, String title,
            String location) {
    }

    /** A document added to a file. */
    public record ArchiveItemRequest(DocumentType docType, String title, String location, LocalDate expiresOn) {
    }

    /** A document of a file changed, with the version read. */
    public record ArchiveItemChangeRequest(DocumentType docType, String title, String location,
            LocalDate expiresOn, @PositiveOrZero Integer version) {
    }

    /** A request to borrow or read a file. */
    public record ArchiveBorrowRequest(@Schema(description = "default BORROW") BorrowKind kind, String purpose,
            OffsetDateTime dueAt,
            @Schema(description = "an HQ inspection (group administrators only): out at once") boolean hqInspection) {
    }

    @POST
    @Operation(summary = "A new file {estateId, kind: OWNER|UNIT|CONSTRUCTION, unitId | unitCode (owner and unit"
            + " files), fileNo? (default YZ-/FW-unit code), title, location}; 201; archive keeper and administrators")
    public Response create(@Valid ArchiveFileRequest body, @Context UriInfo uri) {
        ArchiveFile f = archives.createFile(body.estateId(), body.kind(), body.unitId(), body.unitCode(),
                body.fileNo(), body.title(), body.location());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(f.getId())).build())
                .entity(FileDto.of(f, null, 0, false)).build();
    }

    @GET
    @Operation(summary = "Files newest first by estateId, unitId, unitCode (contains), kind")
    public PageDto<FileDto> list(@QueryParam("estateId") Long estateId, @QueryParam("unitId") Long unitId,
            @QueryParam("unitCode") String unitCode, @QueryParam("kind") String kind,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(archives.files(estateId, unitId, unitCode, Params.enumOf(ArchiveKind.class, kind, "kind"),
                new PageRequest(page, size)), FileDto::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A file with its items, copies (without content), borrowings and history (every change and"
            + " access, newest first), and whether the caller may open the copies now")
    public DetailDto get(@PathParam("id") long id) {
        return DetailDto.of(archives.detail(id), LocalDate.now(clock.withZone(zones.zone())), OffsetDateTime.now(clock));
    }

    @POST
    @Path("/{id}/items")
    @Operation(summary = "Add a document {docType, title, location, expiresOn?}; 201")
    public Response addItem(@PathParam("id") long id, @Valid ArchiveItemRequest body, @Context UriInfo uri) {
        ArchiveItem i = archives.addItem(id, body.docType(), body.title(), body.location(), body.expiresOn());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(i.getId())).build())
                .entity(ItemDto.of(i, LocalDate.now(clock.withZone(zones.zone())))).build();
    }

    @PUT
    @Path("/{id}/items/{itemId}")
    @Operation(summary = "Change a document {docType, title, location, expiresOn?, version}; the history records"
            + " what changed")
    public ItemDto changeItem(@PathParam("id") long id, @PathParam("itemId") long itemId,
            @Valid ArchiveItemChangeRequest body) {
        return ItemDto.of(archives.changeItem(id, itemId, body.docType(), body.title(), body.location(),
                body.expiresOn(), body.version()), LocalDate.now(clock.withZone(zones.zone())));
    }

    @DELETE
    @Path("/{id}/items/{itemId}")
    @Operation(summary = "Remove a document ?version=; it stays in the file's history, marked removed")
    public ItemDto removeItem(@PathParam("id") long id, @PathParam("itemId") long itemId,
            @QueryParam("version") Integer version) {
        return ItemDto.of(archives.removeItem(id, itemId, version), LocalDate.now(clock.withZone(zones.zone())));
    }

    @POST
    @Path("/{id}/items/{itemId}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a scanned copy of a document (the request body, its Content-Type kept)"
            + " ?fileName=...; 201; at most 5 MB (400)")
    public Response attach(@PathParam("id") long id, @PathParam("itemId") long itemId,
            @QueryParam("fileName") String fileName, @HeaderParam("Content-Type") String contentType,
            InputStream body, @Context UriInfo uri) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes(ArchiveAttachment.MAX_BYTES + 1);
        ArchiveAttachment.Info a = archives.attach(id, itemId, fileName, contentType, content);
        return Response.created(uri.getBaseUriBuilder().path("archive-files").path(Long.toString(id))
                .path("attachments").path(Long.toString(a.id())).build()).entity(a).build();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Read a scanned copy: the archive keeper and administrators, or a borrower whose request"
            + " was approved and is not past its due time (403 otherwise); every reading is recorded")
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        ArchiveAttachment a = archives.attachment(id, attachmentId);
        return Response.ok(a.getContent(), a.getContentType()).header("Content-Disposition",
                "attachment; filename*=UTF-8''" + URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8)
                        .replace("+", "%20")).build();
    }

    @POST
    @Path("/{id}/borrows")
    @Operation(summary = "Ask to borrow or read the file {kind: BORROW|READ, purpose, dueAt, hqInspection?}; 201"
            + " REQUESTED until the estate manager approves it in the inbox; an HQ inspection (group administrators"
            + " only, else 403) is OUT at once; a paper file lent already → 409")
    public Response borrow(@PathParam("id") long id, @Valid ArchiveBorrowRequest body, @Context UriInfo uri) {
        ArchiveBorrow borrow = archives.requestBorrow(id, body.kind() == null ? BorrowKind.BORROW : body.kind(),
                body.purpose(), body.dueAt(), body.hqInspection());
        return Response.created(uri.getBaseUriBuilder().path("archive-borrows").path(Long.toString(borrow.getId()))
                .build()).entity(BorrowDto.of(borrow, archives.file(id), OffsetDateTime.now(clock))).build();
    }
}
