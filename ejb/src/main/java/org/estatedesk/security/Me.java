package org.estatedesk.security;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** The caller's own profile: what {@code GET /api/v1/me} answers and what the layout shows. */
public record Me(String username, String displayName, Set<String> roles, List<Long> companyIds, boolean groupAdmin)
        implements Serializable {
}
