package org.estatedesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * The password rules around the hash (R0.5): an administrator's new password has at least eight characters, the
 * hash is made at today's cost, and a check without a stored hash (or without a password) never succeeds.
 */
class PasswordPolicyTest {
    /** A hash that writes the password backwards and remembers how it was configured and what it verified. */
    private static final class FakeHash implements Pbkdf2PasswordHash {
        Map<String, String> parameters;
        final List<String> verified = new ArrayList<>();

        @Override
        public void initialize(Map<String, String> parameters) {
            this.parameters = parameters;
        }

        @Override
        public String generate(char[] password) {
            return "fake:" + new StringBuilder(new String(password)).reverse();
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verified.add(new String(password));
            return hashedPassword.equals(generate(password));
        }
    }

    private final FakeHash hash = new FakeHash();
    private final Passwords passwords = new Passwords();

    {
        passwords.hash = hash;
        passwords.configure();
    }

    @Test
    void theHashIsMadeAtTodaysCost() {
        assertEquals("PBKDF2WithHmacSHA256", hash.parameters.get("Pbkdf2PasswordHash.Algorithm"));
        assertEquals(String.valueOf(Passwords.ITERATIONS), hash.parameters.get("Pbkdf2PasswordHash.Iterations"));
        assertEquals("32", hash.parameters.get("Pbkdf2PasswordHash.SaltSizeBytes"));
    }

    @Test
    void aNewPasswordHasAtLeastEightCharacters() {
        assertEquals("fake:87654321", passwords.hash("12345678"));
        for (String tooShort : new String[] {null, "", "1234567"}) {
            RuleViolationException e = assertThrows(RuleViolationException.class, () -> passwords.hash(tooShort));
            assertEquals("error.user.password", e.messageKey());
            assertEquals("password", e.field());
            assertEquals(Passwords.MIN_LENGTH, e.arguments()[0]);
        }
        assertEquals("fake:321", passwords.hashUnchecked("123"), "the configured first administrator's is not checked");
    }

    @Test
    void aUserWithoutHashNeverLogsInAndAMissingPasswordIsEmpty() {
        assertFalse(passwords.verify("12345678", null));
        assertTrue(hash.verified.isEmpty(), "nothing to verify against");
        String stored = passwords.hash("12345678");
        assertTrue(passwords.verify("12345678", stored));
        assertFalse(passwords.verify(null, stored));
        assertEquals("", hash.verified.get(1));
    }

    @Test
    void checkingNobodyTakesAVerificationAndFails() {
        assertFalse(passwords.verifyNobody("anything"));
        assertFalse(passwords.verifyNobody(null));
        assertEquals(List.of("anything", ""), hash.verified);
    }
}
