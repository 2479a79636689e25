package org.estatedesk.frontline;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The owner's whole story (issue 20), beside the owner ledger's {@code /owners}. */
@Path("/owners/{id}/overview")
@Produces(MediaType.APPLICATION_JSON)
public class OwnerOverviewResource {
    @EJB
    OwnerOverviewService overviews;

    @GET
    @Operation(summary = "The owner's whole story: {owner, mayUnmask, units[], calls[], tasks[], bills[], receipts[], balance,"
            + " keys[], forms[]} for the units he holds now in estates the caller sees; idNumber masked; 404 outside"
            + " the caller's data scope; names in the Accept-Language (zh by default)")
    public OwnerOverviewDto overview(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale locale = org.estatedesk.api.Params.language(headers);
        return OwnerOverviewDto.of(overviews.overview(id), locale);
    }
}
