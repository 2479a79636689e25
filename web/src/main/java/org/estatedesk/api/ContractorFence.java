package org.estatedesk.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.Roles;

/**
 * A contractor's own user (issue 21: role CONTRACTOR, not STAFF) signs in to the API only for his defects: every
 * other path answers him 403 as problem+json, before any resource runs. The pages stay closed to him (web.xml lets
 * only STAFF in outside {@code /api/*}); the services behind {@code /defects} narrow him to his contractor.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ContractorFence implements ContainerRequestFilter {
    /** The API paths (below {@code /api/v1}) a contractor's user may use. */
    static final String CONTRACTOR_PATH = "defects";

    @Override
    public void filter(ContainerRequestContext request) {
        var security = request.getSecurityContext();
        if (security.getUserPrincipal() == null || security.isUserInRole(Roles.STAFF)) {
            return;
        }
        String path = request.getUriInfo().getPath();
        path = path.startsWith("/") ? path.substring(1) : path;
        if (!path.equals(CONTRACTOR_PATH) && !path.startsWith(CONTRACTOR_PATH + "/")) {
            throw new AccessDeniedException("error.forbidden");
        }
    }
}
