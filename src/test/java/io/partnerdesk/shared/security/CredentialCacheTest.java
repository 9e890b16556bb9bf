package io.partnerdesk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final CredentialCache cache = new CredentialCache(Duration.ofSeconds(60), clock);
    private final SignedInAccount alice =
            new SignedInAccount("alice", "Alice Andersen", Set.of(Role.GLOBAL_ADMIN), UUID.randomUUID(), null);

    @Test
    void aRememberedSignInIsFoundWithTheSamePassword() {
        cache.remember("alice", "Passw0rd!", alice);

        assertThat(cache.find("alice", "Passw0rd!")).contains(alice);
    }

    @Test
    void anotherPasswordIsNotFound() {
        cache.remember("alice", "Passw0rd!", alice);

        assertThat(cache.find("alice", "Passw0rd!!")).isEmpty();
        assertThat(cache.find("alic", "ePassw0rd!")).isEmpty();
    }

    @Test
    void aSignInIsForgottenWhenItsTimeIsUp() {
        cache.remember("alice", "Passw0rd!", alice);

        clock.advance(Duration.ofSeconds(61));

        assertThat(cache.find("alice", "Passw0rd!")).isEmpty();
    }

    @Test
    void aZeroTimeToLiveRemembersNothing() {
        CredentialCache off = new CredentialCache(Duration.ZERO, clock);
        off.remember("alice", "Passw0rd!", alice);

        assertThat(off.find("alice", "Passw0rd!")).isEmpty();
    }

    @Test
    void theCacheStaysBounded() {
        for (int i = 0; i < CredentialCache.MAX_ENTRIES + 10; i++) {
            cache.remember("user" + i, "pw", alice);
        }

        assertThat(cache.find("user" + (CredentialCache.MAX_ENTRIES + 9), "pw")).contains(alice);
        assertThat(cache.find("user0", "pw")).isEmpty();
    }
}
