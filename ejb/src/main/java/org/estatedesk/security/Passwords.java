package org.estatedesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.estatedesk.shared.RuleViolationException;

/** Password policy and hashing with Jakarta Security's PBKDF2. */
@ApplicationScoped
public class Passwords {
    public static final int MIN_LENGTH = 8;

    @Inject
    Pbkdf2PasswordHash hash;

    /** Hashes a new password chosen by an administrator; refuses one that is too short. */
    public String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolationException("error.user.password", "password", MIN_LENGTH);
        }
        return hash.generate(password.toCharArray());
    }

    /** Hashes a password without the policy: the published demo password and the configured first administrator. */
    public String hashUnchecked(String password) {
        return hash.generate(password.toCharArray());
    }
}
