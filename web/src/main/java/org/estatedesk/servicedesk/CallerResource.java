package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The screen-pop (R1.1) that a call-centre system asks for with the caller's number. */
@Path("/callers")
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {
    @Inject
    Clock clock;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @EJB
    ReceptionService desk;

    @GET
    @Path("/{phone}")
    @Operation(summary = "Who is calling: owners with this phone, their units, open tasks and recent reception records"
            + " (the page /servicedesk/reception.xhtml?phone= shows the same)")
    public CallerCardDto card(@PathParam("phone") String phone) {
        return CallerCardDto.of(desk.callerCard(phone), OffsetDateTime.now(clock),
                org.estatedesk.api.Params.language(headers));
    }
}
