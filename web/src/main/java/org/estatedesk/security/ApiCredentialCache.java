package org.estatedesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers, for a short time, API credentials that the identity store has just verified, so that a client sending
 * HTTP Basic on every request does not pay a PBKDF2 verification (and a login-log line) per request. Nothing secret
 * is kept: only an HMAC of user and password under a random key that lives and dies with this server, the caller's
 * name and groups, and an expiry. The stored password hashes stay PBKDF2; a wrong password always goes to the
 * identity store (and counts towards the lockout), and it evicts the entry. A password, role or lock change made
 * on another server takes effect here within {@code estatedesk.security.apiCache.seconds} (default 30; 0 turns
 * the cache off). The form login of the pages never uses it. Concurrent first requests with the same credentials (a
 * client opening many connections) share one verification, which costs a PBKDF2 of 600,000 iterations; only a
 * success is shared, so every wrong password is still checked, and counted, on its own.
 */
@ApplicationScoped
public class ApiCredentialCache {
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    @ConfigProperty(name = "estatedesk.security.apiCache.seconds", defaultValue = "30")
    int seconds;

    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CompletableFuture<Optional<Entry>>> verifying = new ConcurrentHashMap<>();

    /** A verified credential: its HMAC, whom it names, and until when it stands. */
    record Entry(byte[] digest, String caller, Set<String> groups, long expiresAt) {
    }

    public ApiCredentialCache() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The caller and groups of a credential verified within the last {@code seconds}, if it matches exactly. */
    public Optional<Entry> lookup(String username, String password) {
        if (seconds <= 0) {
            return Optional.empty();
        }
        Entry e = entries.get(username);
        if (e == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - e.expiresAt() > 0) {
            entries.remove(username, e);
            return Optional.empty();
        }
        return MessageDigest.isEqual(e.digest(), digest(username, password)) ? Optional.of(e) : Optional.empty();
    }

    public void remember(String username, String password, String caller, Set<String> groups) {
        if (seconds <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> now - e.expiresAt() > 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(digest(username, password), caller, Set.copyOf(groups),
                System.nanoTime() + seconds * 1_000_000_000L));
    }

    /**
     * The caller and groups of a credential: remembered, or verified by {@code verify} (empty when refused) and then
     * remembered. A request that finds the same credential being verified by another waits for that verification
     * and shares its success; after a refusal it verifies on its own (every failed attempt counts).
     */
    public Optional<Entry> verifyOnce(String username, String password, Supplier<Optional<Entry>> verify) {
        Optional<Entry> known = lookup(username, password);
        if (known.isPresent() || seconds <= 0) {
            return known.isPresent() ? known : verify.get();
        }
        String key = HexFormat.of().formatHex(digest(username, password));
        CompletableFuture<Optional<Entry>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Entry>> running = verifying.putIfAbsent(key, mine);
        if (running != null) {
            Optional<Entry> shared = running.join();
            return shared.isPresent() ? shared : verify.get();
        }
        try {
            Optional<Entry> result = verify.get();
            result.ifPresent(e -> remember(username, password, e.caller(), e.groups()));
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.complete(Optional.empty());
            throw e;
        } finally {
            verifying.remove(key, mine);
        }
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
