package org.estatedesk.security;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @EJB
    UserAdministration users;

    @GET
    @Operation(summary = "The caller: user name, display name, roles and the companies he may see")
    public Me me() {
        return users.me();
    }
}
