package io.partnerdesk.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The totals of long lists (an organisation's support queue, its audit log, a person's unread
 * notifications), remembered for a few seconds so that the many people and scripts looking at the
 * same list do not each count every matching row again: a count reads every index entry it matches,
 * which at a hundred thousand requests costs more than the page of rows it goes with.
 *
 * <p>A total is kept per kind of list, scope (the organisation or person whose rows it counts) and
 * filter. Any change to a row of that kind and scope made through this instance makes the scope's
 * totals stale as soon as its transaction ends ({@link #changed}); the next list counts again. So a
 * person always sees totals that include what this instance has written; what another instance of a
 * cluster writes shows in the total within {@link #KEPT} (the rows themselves are never remembered:
 * they are read on every request). A total counted inside a transaction that has itself changed rows
 * of that kind is never remembered, so nobody sees a count of rows not yet committed.
 */
@ApplicationScoped
public class Totals {

    /** How long a total is used for at most. */
    public static final Duration KEPT = Duration.ofSeconds(5);

    /** Totals remembered at most; beyond that all are forgotten at once (they are cheap to count again). */
    static final int MAX_ENTRIES = 20_000;

    /** The lists whose totals are remembered. */
    public enum Kind {
        SUPPORT_REQUESTS,
        SERVICE_REQUESTS,
        AUDIT_RECORDS,
        UNREAD_NOTIFICATIONS,
        SUBSCRIPTIONS,
        WEBHOOKS
    }

    private record Scope(Kind kind, Object id) {}

    private record Key(Scope scope, Object filter) {}

    private record Entry(Object value, long generation, long countedAt) {}

    private final ConcurrentHashMap<Scope, AtomicLong> generations = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Raised when everything is forgotten at once, so that a count under way when it happens is not kept. */
    private final AtomicLong epoch = new AtomicLong();

    private Clock clock = Clock.systemUTC();

    @Resource
    TransactionSynchronizationRegistry transactions;

    Totals(Clock clock, TransactionSynchronizationRegistry transactions) {
        this.clock = clock;
        this.transactions = transactions;
    }

    protected Totals() {}

    /** The instance of the running portal, for the persistence provider's entity listeners. */
    public static Totals inContainer() {
        return CDI.current().select(Totals.class).get();
    }

    /**
     * The total of the list of {@code kind} for {@code scope} and {@code filter} (a value with equality,
     * null for none): the remembered one while it is fresh, else {@code count}'s answer.
     */
    public long of(Kind kind, Object scope, Object filter, LongSupplier count) {
        return kept(kind, scope, filter, count::getAsLong);
    }

    /**
     * Figures over the rows of {@code kind} under {@code scope} (several totals read at once, say),
     * remembered and counted again exactly as {@link #of} does; {@code key} tells them apart from the
     * totals of lists and must have equality.
     */
    @SuppressWarnings("unchecked")
    public <T> T kept(Kind kind, Object scope, Object key, Supplier<T> compute) {
        Scope s = new Scope(kind, scope);
        Key k = new Key(s, key);
        long now = clock.millis();
        long generation = generation(s);
        long epochAtStart = epoch.get();
        Entry entry = entries.get(k);
        if (entry != null && entry.generation() == generation && now - entry.countedAt() < KEPT.toMillis()) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (!changedInThisTransaction(s) && generation(s) == generation && epoch.get() == epochAtStart) {
            if (entries.size() >= MAX_ENTRIES) {
                forgetAll();
            }
            entries.put(k, new Entry(value, generation, now));
        }
        return value;
    }

    /**
     * Rows of {@code kind} counted under each of {@code scopes} (nulls ignored) have changed in the
     * current transaction: their totals are counted again once it has ended (at once when there is
     * none).
     */
    public void changed(Kind kind, Object... scopes) {
        for (Object id : scopes) {
            if (id == null) {
                continue;
            }
            Scope scope = new Scope(kind, id);
            if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                if (transactions.getResource(scope) == null) {
                    transactions.putResource(scope, Boolean.TRUE);
                    stale(scope);
                    afterCompletion(scope);
                }
            } else {
                stale(scope);
            }
        }
    }

    private void afterCompletion(Scope scope) {
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    stale(scope);
                }
            });
        } catch (IllegalStateException completing) {
            // The transaction is already completing (written at its final flush): the totals went
            // stale above; one counted by another transaction meanwhile lives at most KEPT.
        }
    }

    private boolean changedInThisTransaction(Scope scope) {
        return transactions != null
                && transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(scope) != null;
    }

    private long generation(Scope scope) {
        AtomicLong generation = generations.get(scope);
        return generation == null ? 0 : generation.get();
    }

    private void stale(Scope scope) {
        if (generations.size() >= MAX_ENTRIES && !generations.containsKey(scope)) {
            forgetAll();
        }
        generations.computeIfAbsent(scope, s -> new AtomicLong()).incrementAndGet();
    }

    private void forgetAll() {
        epoch.incrementAndGet();
        entries.clear();
        // Generations only ever grow while kept; a scope forgotten here starts again at 0, so the
        // entries counted under its old generations must be gone first (they are: cleared above).
        generations.clear();
    }
}
