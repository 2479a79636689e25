package org.estatedesk.security;

import java.util.List;
import java.util.Set;

/**
 * What an administrator enters for a user. {@code password} may be null on update (unchanged). Each scope is a
 * company and optionally one estate of it; without an estate the user sees every estate of the company.
 */
public record UserCommand(String username, String displayName, String password, Long companyId, Long departmentId,
        String email, String phone, Set<String> roles, List<Scope> scopes, boolean groupAdmin, boolean enabled) {
    public record Scope(long companyId, Long estateId) {
    }
}
