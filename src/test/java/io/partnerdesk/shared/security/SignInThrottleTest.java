package io.partnerdesk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String HOME = "198.51.100.7";
    private static final String ATTACKER = "203.0.113.9";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Limits(5, 20, 10, Duration.ofSeconds(30), Duration.ofMinutes(15)), clock);

    @Test
    void aFewWrongPasswordsAreAnsweredAtOnce() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", ATTACKER);
        }

        assertThat(throttle.waitBeforeTrying("alice", ATTACKER)).isEmpty();
    }

    @Test
    void afterFiveWrongPasswordsTheAddressWaitsLongerAfterEachFurtherOne() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", ATTACKER);
        }
        assertThat(throttle.waitBeforeTrying("alice", ATTACKER)).contains(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.waitBeforeTrying("alice", ATTACKER)).isEmpty();
        throttle.failed("alice", ATTACKER);
        assertThat(throttle.waitBeforeTrying("alice", ATTACKER)).contains(Duration.ofSeconds(60));

        clock.advance(Duration.ofSeconds(60));
        throttle.failed("alice", ATTACKER);
        assertThat(throttle.waitBeforeTrying("alice", ATTACKER)).contains(Duration.ofSeconds(120));
    }

    @Test
    void otherSpellingsOfTheNameCountAsTheSameAccount() {
        for (String typed : new String[] {"alice", "ALICE", " alice", "Alice ", "aLiCe"}) {
            throttle.failed(typed, ATTACKER);
        }

        assertThat(throttle.waitBeforeTrying("alice", ATTACKER)).isPresent();
    }

    @Test
    void theWaitNeverExceedsTheLongest() {
        for (int i = 0; i < 60; i++) {
            throttle.failed("alice", ATTACKER);
        }

        assertThat(throttle.waitBeforeTrying("alice", ATTACKER)).contains(Duration.ofMinutes(15));
    }

    @Test
    void oneAddressTryingManyNamesIsHeldBack() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, ATTACKER);
        }

        assertThat(throttle.waitBeforeTrying("somebody-new", ATTACKER)).isPresent();
        assertThat(throttle.waitBeforeTrying("somebody-new", HOME)).isEmpty();
    }

    @Test
    void theOwnerIsNotLockedOutByGuessesFromElsewhereButTheGuessesSlowDown() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.failed("alice", "203.0.113." + i)).isZero();
        }

        assertThat(throttle.waitBeforeTrying("alice", HOME)).isEmpty();
        assertThat(throttle.failed("alice", "203.0.113.200")).isPositive();
        assertThat(throttle.failed("alice", "203.0.113.201")).isGreaterThan(Duration.ofMillis(100));
        assertThat(throttle.failed("alice", "203.0.113.202")).isLessThanOrEqualTo(SignInThrottle.MAX_ACCOUNT_DELAY);
    }

    @Test
    void aCorrectPasswordStartsTheCountOfItsAddressAgain() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", HOME);
        }
        throttle.succeeded("alice", HOME);
        throttle.failed("alice", HOME);

        assertThat(throttle.waitBeforeTrying("alice", HOME)).isEmpty();
    }

    @Test
    void countsAreForgottenAfterAWhile() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", ATTACKER);
        }
        clock.advance(SignInThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.failed("alice", ATTACKER);

        assertThat(throttle.waitBeforeTrying("alice", ATTACKER)).isEmpty();
    }

    @Test
    void aFloodOfNamesKeepsTheTablesBounded() {
        SignInThrottle generous = new SignInThrottle(
                new SignInThrottle.Limits(5, Integer.MAX_VALUE, 10, Duration.ofSeconds(30), Duration.ofMinutes(15)),
                clock);
        for (int i = 0; i < SignInThrottle.MAX_ENTRIES + 100; i++) {
            generous.failed("user" + i, "10.0." + (i / 250) + "." + (i % 250));
            if (i % 1000 == 0) {
                clock.advance(Duration.ofMillis(1));
            }
        }

        assertThat(generous.size()).isLessThanOrEqualTo(3L * SignInThrottle.MAX_ENTRIES);
    }

    @Test
    void theAuditNameIsTrimmedAndCutAndNeverEmpty() {
        assertThat(SignInFailures.actorOf("  alice ")).isEqualTo("alice");
        assertThat(SignInFailures.actorOf("")).isEqualTo("(empty)");
        assertThat(SignInFailures.actorOf("x".repeat(500))).hasSize(SignInFailures.MAX_NAME);
    }
}
