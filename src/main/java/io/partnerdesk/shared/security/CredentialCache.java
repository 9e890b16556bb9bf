package io.partnerdesk.shared.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers, for a short while, that a user name and password were accepted by the directory, so
 * that an API client signing in on every request (HTTP Basic) costs a directory bind only once per
 * period. Keys are keyed hashes of the credentials (the key is random per process), failures are
 * never remembered, and the cache holds a bounded number of entries.
 */
@ApplicationScoped
public class CredentialCache {

    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private Duration timeToLive;
    private Clock clock;
    private SecretKeySpec key;

    @Inject
    @ConfigProperty(name = "partnerdesk.security.credential-cache-seconds", defaultValue = "60")
    int timeToLiveSeconds;

    public CredentialCache() {}

    CredentialCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
        init();
    }

    @PostConstruct
    void init() {
        if (timeToLive == null) {
            timeToLive = Duration.ofSeconds(timeToLiveSeconds);
            clock = Clock.systemUTC();
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public Optional<SignedInAccount> find(String username, String password) {
        if (timeToLive.isZero()) {
            return Optional.empty();
        }
        String k = keyOf(username, password);
        Entry entry = entries.get(k);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expiresAt.isBefore(clock.instant())) {
            entries.remove(k, entry);
            return Optional.empty();
        }
        return Optional.of(entry.account);
    }

    public void remember(String username, String password, SignedInAccount account) {
        if (timeToLive.isZero()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> e.expiresAt.isBefore(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(
                keyOf(username, password), new Entry(account, clock.instant().plus(timeToLive)));
    }

    /** Forgets every remembered sign-in, e.g. after a change in the directory. */
    public void clear() {
        entries.clear();
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private record Entry(SignedInAccount account, Instant expiresAt) {}
}
