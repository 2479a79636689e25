package org.estatedesk.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Text;

/**
 * Query and path parameters hold no control characters ({@link Text#isClean}), like bodies: a NUL in a search text
 * reached PostgreSQL, which refuses it in any string (a 500); now it is a 400 naming the parameter.
 */
@Provider
public class CleanParameters implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters());
        check(request.getUriInfo().getPathParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            for (String value : p.getValue()) {
                if (!Text.isClean(value)) {
                    throw new RuleViolationException("error.text.control",
                            p.getKey().length() <= 64 ? p.getKey() : null);
                }
            }
        }
    }
}
