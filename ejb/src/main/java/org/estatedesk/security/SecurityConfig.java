package org.estatedesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Login rules from MicroProfile Config: {@code estatedesk.security.*}. */
@ApplicationScoped
public class SecurityConfig {
    @Inject
    @ConfigProperty(name = "estatedesk.security.lockout.attempts", defaultValue = "5")
    int lockoutAttempts;

    @Inject
    @ConfigProperty(name = "estatedesk.security.lockout.minutes", defaultValue = "15")
    int lockoutMinutes;

    public int lockoutAttempts() {
        return lockoutAttempts;
    }

    public Duration lockout() {
        return Duration.ofMinutes(lockoutMinutes);
    }
}
