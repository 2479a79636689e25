package org.estatedesk.archives;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.api.JsonFields;
import org.estatedesk.estates.UnitState;

/** Each company's documents required in a unit's file per unit state (R5.2), read by the archive audit (R5.3). */
@Path("/archive-requirements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArchiveRequirementResource {
    @EJB
    ArchiveService archives;

    public record RequirementDto(UnitState unitState, DocumentType docType) {
        static RequirementDto of(ArchiveRequirement r) {
            return new RequirementDto(r.getUnitState(), r.getDocType());
        }
    }

    @GET
    @Operation(summary = "A company's required documents per unit state (the caller's company by default)")
    public List<RequirementDto> requirements(@QueryParam("companyId") Long companyId) {
        return archives.requirements(companyId).stream().map(RequirementDto::of).toList();
    }

    @PUT
    @Operation(summary = "Replace the documents required in one unit state {companyId?, unitState, docTypes: [...]};"
            + " administrators and CS managers; answers the company's whole list")
    public List<RequirementDto> setRequirements(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        return archives.setRequirements(JsonFields.id(b, "companyId"), JsonFields.enumOf(UnitState.class, b,
                "unitState"), JsonFields.enums(DocumentType.class, b, "docTypes")).stream().map(RequirementDto::of)
                .toList();
    }
}
