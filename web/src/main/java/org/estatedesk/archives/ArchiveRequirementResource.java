package org.estatedesk.archives;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    /** The documents required in one unit state. */
    public record ArchiveRequirementsRequest(@Schema(description = "default: the caller's company") Long companyId,
            UnitState unitState, List<DocumentType> docTypes) {
        public ArchiveRequirementsRequest {
            docTypes = docTypes == null ? List.of() : docTypes;
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
    public List<RequirementDto> setRequirements(@Valid ArchiveRequirementsRequest body) {
        return archives.setRequirements(body.companyId(), body.unitState(), body.docTypes()).stream()
                .map(RequirementDto::of).toList();
    }
}
