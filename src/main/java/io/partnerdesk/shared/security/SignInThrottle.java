package io.partnerdesk.shared.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down guessing passwords. Failed sign-ins are counted per account and address together, per
 * address, and per account across addresses:
 *
 * <ul>
 *   <li>after {@code partnerdesk.signin.failures-per-account-address} failures of one name from one
 *       address, or {@code partnerdesk.signin.failures-per-address} failures of any names from one
 *       address, that address is refused (429 with {@code Retry-After}) before the directory is
 *       asked, for a time that doubles with every further failure, from
 *       {@code partnerdesk.signin.first-wait-seconds} up to {@code partnerdesk.signin.max-wait-seconds};
 *   <li>after {@code partnerdesk.signin.failures-per-account} failures of one name from any
 *       addresses, each further wrong password of that name is answered only after a delay that
 *       doubles likewise (up to {@link #MAX_ACCOUNT_DELAY}). The account is never refused outright,
 *       so a person whose name is being guessed elsewhere still signs in with the right password.
 * </ul>
 *
 * <p>The counts live in memory, per instance: in a cluster each instance counts on its own, so an
 * attacker spreading attempts over n instances gets at most n times the attempts. Counts are
 * forgotten after {@link #FORGET_AFTER} without failures, a correct password clears the count of
 * its account and address, and each table holds at most {@link #MAX_ENTRIES} entries (the oldest
 * are dropped first), so a flood of names or addresses cannot exhaust memory.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_ENTRIES = 20_000;
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final Duration MAX_ACCOUNT_DELAY = Duration.ofSeconds(2);

    /** How many failures are allowed before slowing down, and how long the waits are. */
    public record Limits(
            int failuresPerAccountAddress,
            int failuresPerAddress,
            int failuresPerAccount,
            Duration firstWait,
            Duration maxWait) {}

    @Inject
    @ConfigProperty(name = "partnerdesk.signin.failures-per-account-address", defaultValue = "5")
    int failuresPerAccountAddress;

    @Inject
    @ConfigProperty(name = "partnerdesk.signin.failures-per-address", defaultValue = "50")
    int failuresPerAddress;

    @Inject
    @ConfigProperty(name = "partnerdesk.signin.failures-per-account", defaultValue = "10")
    int failuresPerAccount;

    @Inject
    @ConfigProperty(name = "partnerdesk.signin.first-wait-seconds", defaultValue = "30")
    int firstWaitSeconds;

    @Inject
    @ConfigProperty(name = "partnerdesk.signin.max-wait-seconds", defaultValue = "900")
    int maxWaitSeconds;

    private final Map<String, Failures> byAccountAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private volatile Limits limits;
    private Clock clock = Clock.systemUTC();

    public SignInThrottle() {}

    SignInThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @PostConstruct
    void init() {
        if (limits == null) {
            limits = new Limits(
                    failuresPerAccountAddress,
                    failuresPerAddress,
                    failuresPerAccount,
                    Duration.ofSeconds(firstWaitSeconds),
                    Duration.ofSeconds(maxWaitSeconds));
        }
    }

    /** Replaces the limits and forgets every count (for tests that sign in wrongly on purpose). */
    public void use(Limits newLimits) {
        limits = newLimits;
        byAccountAddress.clear();
        byAddress.clear();
        byAccount.clear();
    }

    public Limits limits() {
        return limits;
    }

    /** How many counts are held in all tables together. */
    long size() {
        return (long) byAccountAddress.size() + byAddress.size() + byAccount.size();
    }

    /** How long the address must still wait before it may try this name again; empty when it may now. */
    public Optional<Duration> waitBeforeTrying(String name, String address) {
        Instant now = clock.instant();
        Duration pair =
                remaining(byAccountAddress.get(pairKey(name, address)), limits.failuresPerAccountAddress(), now);
        Duration any = remaining(byAddress.get(addressKey(address)), limits.failuresPerAddress(), now);
        Duration longest = pair.compareTo(any) >= 0 ? pair : any;
        return longest.isZero() || longest.isNegative() ? Optional.empty() : Optional.of(longest);
    }

    /**
     * Counts a wrong password and returns how long its answer should be held back because the
     * account has failed too often across addresses (zero while it has not).
     */
    public Duration failed(String name, String address) {
        Instant now = clock.instant();
        count(byAccountAddress, pairKey(name, address), now);
        count(byAddress, addressKey(address), now);
        Failures account = count(byAccount, accountKey(name), now);
        int beyond = account.count - limits.failuresPerAccount();
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        return doubled(Duration.ofMillis(100), beyond, MAX_ACCOUNT_DELAY);
    }

    /** A correct password: the count of this name from this address starts again. */
    public void succeeded(String name, String address) {
        byAccountAddress.remove(pairKey(name, address));
    }

    private Duration remaining(Failures failures, int allowed, Instant now) {
        if (failures == null || failures.count < allowed) {
            return Duration.ZERO;
        }
        Duration wait = doubled(limits.firstWait(), failures.count - allowed, limits.maxWait());
        return Duration.between(now, failures.last.plus(wait));
    }

    private static Duration doubled(Duration first, int times, Duration max) {
        Duration wait = first;
        for (int i = 0; i < times && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private Failures count(Map<String, Failures> table, String key, Instant now) {
        if (table.size() >= MAX_ENTRIES && !table.containsKey(key)) {
            evict(table, now);
        }
        return table.compute(key, (k, old) -> {
            boolean forgotten = old == null || old.last.plus(FORGET_AFTER).isBefore(now);
            return new Failures(forgotten ? 1 : old.count + 1, now);
        });
    }

    /** Drops the forgotten entries, and when that is not enough the oldest half. */
    private static void evict(Map<String, Failures> table, Instant now) {
        table.values().removeIf(f -> f.last.plus(FORGET_AFTER).isBefore(now));
        if (table.size() >= MAX_ENTRIES) {
            Instant median = table.values().stream()
                    .map(Failures::last)
                    .sorted()
                    .skip(table.size() / 2)
                    .findFirst()
                    .orElse(now);
            table.values().removeIf(f -> f.last.isBefore(median));
            if (table.size() >= MAX_ENTRIES) {
                table.clear();
            }
        }
    }

    /** Names are counted as the directory compares them: without surrounding spaces, in any case. */
    static String accountKey(String name) {
        return (name == null ? "" : name.strip()).toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? "" : address;
    }

    private static String pairKey(String name, String address) {
        return accountKey(name) + "\u0000" + addressKey(address);
    }

    private record Failures(int count, Instant last) {}
}
