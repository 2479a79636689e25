package org.estatedesk.security;

import java.io.Serializable;
import java.util.Set;

/** What a login attempt came to: the caller and his roles, or why he was refused. */
public record LoginResult(Status status, String username, Set<String> roles) implements Serializable {
    public enum Status { SUCCESS, INVALID, LOCKED, DISABLED }

    public static LoginResult refused(Status status) {
        return new LoginResult(status, null, Set.of());
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }
}
