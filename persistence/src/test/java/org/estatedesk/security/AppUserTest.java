package org.estatedesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class AppUserTest {
    private final OffsetDateTime now = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void fifthFailureInARowLocksForFifteenMinutes() {
        AppUser u = new AppUser("frontdesk", "Front desk", "hash", 1L, 2L);
        for (int i = 0; i < 4; i++) {
            u.loginFailed(now, 5, Duration.ofMinutes(15));
            assertFalse(u.isLocked(now));
        }
        u.loginFailed(now, 5, Duration.ofMinutes(15));
        assertTrue(u.isLocked(now));
        assertTrue(u.isLocked(now.plusMinutes(14)));
        assertFalse(u.isLocked(now.plusMinutes(15)));
    }

    @Test
    void aSuccessResetsTheCount() {
        AppUser u = new AppUser("frontdesk", "Front desk", "hash", 1L, 2L);
        for (int i = 0; i < 4; i++) {
            u.loginFailed(now, 5, Duration.ofMinutes(15));
        }
        u.loginSucceeded(now);
        assertEquals(0, u.getFailedLogins());
        u.loginFailed(now, 5, Duration.ofMinutes(15));
        assertFalse(u.isLocked(now));
    }

    @Test
    void onlyKnownRolesCanBeGranted() {
        AppUser u = new AppUser("x", "X", "hash", 1L, null);
        u.grantRoles(Set.of(Roles.FRONT_DESK, Roles.CS_ASSISTANT));
        assertEquals(Set.of(Roles.FRONT_DESK, Roles.CS_ASSISTANT), u.getRoles());
        assertThrows(RuleViolationException.class, () -> u.grantRoles(Set.of("ROOT")));
    }

    @Test
    void aContractorsUserIsTiedToHisContractorAndNobodyElseIs() {
        AppUser u = new AppUser("foreman", "Foreman", "hash", 1L, null);
        u.grantRoles(Set.of(Roles.CONTRACTOR));
        RuleViolationException e = assertThrows(
                RuleViolationException.class, () -> u.tieToContractor(null));
        assertEquals("contractorId", e.field());
        u.tieToContractor(7L);
        assertEquals(7L, u.getContractorId());
        u.grantRoles(Set.of(Roles.INSPECTOR));
        u.tieToContractor(7L);
        assertNull(u.getContractorId(), "no contractor without the role");
    }
}
