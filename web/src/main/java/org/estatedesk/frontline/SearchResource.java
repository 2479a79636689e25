package org.estatedesk.frontline;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The global search (issue 20). */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    @EJB
    SearchService search;

    @GET
    @Operation(summary = "Global search within the caller's data scope: owners by name, phone or the last digits of the"
            + " identity number, units by code, tasks (T00000042), receipts and forms by number; q= at least 2"
            + " characters (else 400 naming q), limit= 1..50 (default 10); [{type, id, label, url, form}], the"
            + " kinds in turns; labels in the Accept-Language (zh by default), identity numbers masked")
    public List<SearchHitDto> search(@QueryParam("q") String q, @QueryParam("limit") Integer limit,
            @Context HttpHeaders headers) {
        Locale locale = org.estatedesk.api.Params.language(headers);
        return search.search(q, limit).stream().map(h -> SearchHitDto.of(h, locale)).toList();
    }
}
