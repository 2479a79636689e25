package org.estatedesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.estatedesk.demo.DemoData;
import org.junit.jupiter.api.Test;

class PasswordsTest {
    @Test
    void hashesOfFewerIterationsOrAnotherAlgorithmAreUpgraded() {
        assertTrue(Passwords.needsUpgrade("PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA=="), "the old default");
        assertTrue(Passwords.needsUpgrade("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA=="));
        assertTrue(Passwords.needsUpgrade("garbage"));
        assertFalse(Passwords.needsUpgrade("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="));
        assertFalse(Passwords.needsUpgrade("PBKDF2WithHmacSHA256:1000000:c2FsdA==:aGFzaA=="));
        assertFalse(Passwords.needsUpgrade(null));
    }

    /** The demo users' precomputed hash is the password "demo" at today's cost, in Jakarta Security's format. */
    @Test
    void theDemoHashIsDemoAtTodaysCost() throws Exception {
        String[] p = DemoData.PASSWORD_HASH.split(":");
        assertEquals(Passwords.ALGORITHM, p[0]);
        assertEquals(Passwords.ITERATIONS, Integer.parseInt(p[1]));
        byte[] salt = Base64.getDecoder().decode(p[2]);
        byte[] actual = SecretKeyFactory.getInstance(Passwords.ALGORITHM)
                .generateSecret(new PBEKeySpec(DemoData.PASSWORD.toCharArray(), salt, Passwords.ITERATIONS, 256))
                .getEncoded();
        assertEquals(p[3], Base64.getEncoder().encodeToString(actual));
        assertFalse(Passwords.needsUpgrade(DemoData.PASSWORD_HASH));
    }
}
