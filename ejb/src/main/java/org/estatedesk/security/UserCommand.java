package org.estatedesk.security;

import java.util.List;
import java.util.Set;

/**
 * What an administrator enters for a user. {@code password} may be null on update (unchanged). Each scope is a
 * company and optionally one estate of it; without an estate the user sees every estate of the company.
 * {@code contractorId}: the contractor a CONTRACTOR user works for (B2), else null.
 */
public record UserCommand(String username, String displayName, String password, Long companyId, Long departmentId,
        String email, String phone, Set<String> roles, List<Scope> scopes, boolean groupAdmin, boolean enabled,
        Long contractorId) {
    public record Scope(long companyId, Long estateId) {
    }

    /** A user who works for no contractor. */
    public UserCommand(String username, String displayName, String password, Long companyId, Long departmentId,
            String email, String phone, Set<String> roles, List<Scope> scopes, boolean groupAdmin, boolean enabled) {
        this(username, displayName, password, companyId, departmentId, email, phone, roles, scopes, groupAdmin,
                enabled, null);
    }
}
