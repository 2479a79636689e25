package org.estatedesk.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Outcome;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.TimeFormat;

/**
 * Checks a user name and password against the database (R0.5): PBKDF2 hashes, lockout for 15 minutes after 5
 * failed logins in a row, and a line in the operation log for every attempt. Every attempt costs one PBKDF2
 * verification, also for an unknown, disabled or locked user (against a dummy hash), so that the time taken does
 * not tell whether a user exists; a hash made with fewer iterations than today's is replaced on a successful login. The only service open to callers who
 * are not logged in yet, hence {@code @PermitAll}: logging in is how a caller gets roles in the first place.
 */
@Stateless
@PermitAll
public class LoginService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    UserRepository users;

    @Inject
    Passwords passwords;

    @Inject
    SecurityConfig config;

    @Inject
    OperationLog log;

    @PermitAll
    public LoginResult login(String username, String password) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<AppUser> found = users.findByUsername(username == null ? "" : username.trim());
        if (found.isEmpty()) {
            passwords.verifyNobody(password);
            log.write(username, "LOGIN", "user", null, "unknown user", Outcome.FAILURE, null);
            return LoginResult.refused(LoginResult.Status.INVALID);
        }
        AppUser user = found.get();
        if (!user.isEnabled()) {
            passwords.verifyNobody(password);
            log.write(user.getUsername(), "LOGIN", "user", user.getId(), "disabled", Outcome.FAILURE, user.getCompanyId());
            return LoginResult.refused(LoginResult.Status.DISABLED);
        }
        if (user.isLocked(now)) {
            passwords.verifyNobody(password);
            log.write(user.getUsername(), "LOGIN", "user", user.getId(), "locked until " + lockedUntil(user),
                    Outcome.FAILURE, user.getCompanyId());
            return LoginResult.refused(LoginResult.Status.LOCKED);
        }
        if (!passwords.verify(password, user.getPasswordHash())) {
            user = users.lockAndRefresh(user);
            user.loginFailed(now, config.lockoutAttempts(), config.lockout());
            boolean locked = user.isLocked(now);
            log.write(user.getUsername(), "LOGIN", "user", user.getId(),
                    locked ? "wrong password; locked until " + lockedUntil(user) : "wrong password",
                    Outcome.FAILURE, user.getCompanyId());
            return LoginResult.refused(locked ? LoginResult.Status.LOCKED : LoginResult.Status.INVALID);
        }
        users.recordLogin(user.getId(), now);
        if (Passwords.needsUpgrade(user.getPasswordHash())) {
            users.replacePasswordHash(user.getId(), user.getPasswordHash(), passwords.hashUnchecked(password));
        }
        log.write(user.getUsername(), "LOGIN", "user", user.getId(), null, Outcome.SUCCESS, user.getCompanyId());
        Set<String> groups = new TreeSet<>(user.getRoles());
        // a contractor's own user (issue 21) is not staff: only the defect API lets him in (web.xml), and no STAFF
        // service answers him
        if (!Set.of(Roles.CONTRACTOR).containsAll(groups)) {
            groups.add(Roles.STAFF);
        }
        return new LoginResult(LoginResult.Status.SUCCESS, user.getUsername(), groups);
    }

    /** Records a logout (the session itself is ended by the web tier). */
    @PermitAll
    public void loggedOut(String username) {
        users.findByUsername(username).ifPresent(u ->
                log.write(username, "LOGOUT", "user", u.getId(), null, Outcome.SUCCESS, u.getCompanyId()));
    }

    /** The end of the user's lockout as the operation log shows it: in his company's time. */
    private String lockedUntil(AppUser user) {
        return TimeFormat.SECOND.format(user.getLockedUntil(), zones.zone(user.getCompanyId()));
    }
}
