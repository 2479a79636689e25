package org.estatedesk.organisation;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.shared.NotFoundException;

/** A company's business parameters (R0.9): read by staff, set and reset by the administrator. */
@Path("/companies/{companyId}/parameters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParameterResource {
    @EJB
    ParameterService parameters;

    public record ParameterDto(String key, String value, String defaultValue, boolean overridden) {
    }

    public record NewValue(String value) {
    }

    @GET
    @Operation(summary = "Every parameter with its default and the company's value")
    public List<ParameterDto> list(@PathParam("companyId") long companyId) {
        return parameters.parameters(companyId).stream()
                .map(p -> new ParameterDto(p.key().key(), p.value(), p.defaultValue(), p.overridden())).toList();
    }

    @PUT
    @Path("/{key}")
    @Operation(summary = "Set a parameter for the company (administrator); a negative or non-numeric value is a 400")
    public Response set(@PathParam("companyId") long companyId, @PathParam("key") String key, NewValue body) {
        parameters.set(companyId, key(key), body == null ? null : body.value());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{key}")
    @Operation(summary = "Back to DOMAIN.md's default (administrator)")
    public Response reset(@PathParam("companyId") long companyId, @PathParam("key") String key) {
        parameters.reset(companyId, key(key));
        return Response.noContent().build();
    }

    private static ParameterKey key(String key) {
        return ParameterKey.byKey(key).orElseThrow(() -> new NotFoundException("parameter", key));
    }
}
