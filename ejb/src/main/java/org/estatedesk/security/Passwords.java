package org.estatedesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.estatedesk.shared.RuleViolationException;

/**
 * Password policy and hashing with Jakarta Security's PBKDF2: PBKDF2-HMAC-SHA256 with {@value #ITERATIONS}
 * iterations (OWASP's figure for it, ASVS 2.4.1), a 32-byte salt and key. A stored hash names its own algorithm and
 * iterations, so older hashes (2,048 iterations until issue 18) still verify; {@link #needsUpgrade} tells the login
 * to rehash them with the password it has just checked.
 */
@ApplicationScoped
public class Passwords {
    public static final int MIN_LENGTH = 8;
    public static final int ITERATIONS = 600_000;
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    /**
     * What a login checks when there is no hash to check (unknown, disabled or locked user), so that its time does
     * not tell whether the user exists: the hash of a random password nobody knows, at today's cost.
     */
    private static final String DUMMY = "PBKDF2WithHmacSHA256:600000:aqMzukr42dQ65UTKFx8P3xnm1o5G/u8IVEwAOjQShn4=:"
            + "pbiz+53qhwvF50MfdsX5AioVF3RSF3ab/XZFp2mpwek=";

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32", "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** Hashes a new password chosen by an administrator; refuses one that is too short. */
    public String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolationException("error.user.password", "password", MIN_LENGTH);
        }
        return hash.generate(password.toCharArray());
    }

    /** Hashes a password without the policy: the configured first administrator. */
    public String hashUnchecked(String password) {
        return hash.generate(password.toCharArray());
    }

    /** Whether the password matches the stored hash (of whatever iterations it was made with). */
    public boolean verify(String password, String stored) {
        return stored != null && hash.verify((password == null ? "" : password).toCharArray(), stored);
    }

    /** Spends the time of a verification without a user to verify (see {@link #DUMMY}); always false. */
    public boolean verifyNobody(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), DUMMY);
        return false;
    }

    /** Whether a stored hash is weaker than today's (another algorithm or fewer iterations): rehash at login. */
    public static boolean needsUpgrade(String stored) {
        if (stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
