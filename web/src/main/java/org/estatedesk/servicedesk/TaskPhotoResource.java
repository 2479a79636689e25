package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.api.Params;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.StoredFile;

/** The work order's photos (R1.6, issue 20): before, after, the owner's signature. */
@Path("/tasks/{id}/photos")
@Produces(MediaType.APPLICATION_JSON)
public class TaskPhotoResource {
    @EJB
    TaskPhotoService photos;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a photo to the task's work order: the request body is the image (its Content-Type"
            + " image/...), ?kind=BEFORE|AFTER|SIGNATURE&fileName=...; 201; at most 5 MB and images only (400); those"
            + " who may work the task (403), not once it is closed (409)")
    public Response attach(@PathParam("id") long id, @QueryParam("kind") String kind,
            @QueryParam("fileName") String fileName, @HeaderParam("Content-Type") String contentType,
            InputStream body, @Context UriInfo uri) throws IOException {
        TaskPhoto.Kind k = Params.enumOf(TaskPhoto.Kind.class, kind, "kind");
        if (k == null) {
            throw new RuleViolationException("error.required", "kind");
        }
        // one byte more than allowed: a larger upload is refused without being held in memory
        byte[] content = body == null ? new byte[0] : body.readNBytes(StoredFile.MAX_BYTES + 1);
        TaskPhoto.Info p = photos.attach(id, k, fileName, contentType, content);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(p.id())).build()).entity(p).build();
    }

    @GET
    @Operation(summary = "The task's photos, oldest first, without their content")
    public List<TaskPhoto.Info> list(@PathParam("id") long id) {
        return photos.photos(id);
    }

    @GET
    @Path("/{photoId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "One photo's image")
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        StoredFile f = photos.photo(id, photoId).getFile();
        return Response.ok(f.getContent(), f.getContentType()).header("Content-Disposition",
                "inline; filename*=UTF-8''" + java.net.URLEncoder.encode(f.getFileName(),
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}
