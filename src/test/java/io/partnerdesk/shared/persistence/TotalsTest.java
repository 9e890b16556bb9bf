package io.partnerdesk.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.shared.persistence.Totals.Kind;
import io.partnerdesk.testsupport.MutableClock;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TotalsTest {

    private static final UUID CONTOSO = UUID.randomUUID();
    private static final UUID FABRIKAM = UUID.randomUUID();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));
    private final FakeTransactions transactions = new FakeTransactions();
    private final Totals totals = new Totals(clock, transactions);
    /** What the database would answer, and how often it was asked. */
    private long rows = 60_000;

    private final AtomicInteger counted = new AtomicInteger();

    private long total(UUID scope, Object filter) {
        return totals.of(Kind.SUPPORT_REQUESTS, scope, filter, () -> {
            counted.incrementAndGet();
            return rows;
        });
    }

    @Test
    void aTotalIsCountedOnceForEveryoneWhileFreshAndAgainAfterwards() {
        assertThat(total(CONTOSO, "open")).isEqualTo(60_000);
        rows = 60_001; // written by another instance of a cluster: no change reaches this one
        assertThat(total(CONTOSO, "open")).isEqualTo(60_000);
        assertThat(counted).hasValue(1);

        clock.advance(Totals.KEPT);

        assertThat(total(CONTOSO, "open")).isEqualTo(60_001);
        assertThat(counted).hasValue(2);
    }

    @Test
    void eachScopeAndFilterHasATotalOfItsOwn() {
        total(CONTOSO, "open");
        total(CONTOSO, "late");
        total(FABRIKAM, "open");
        assertThat(counted).hasValue(3);
        assertThat(totals.of(Kind.AUDIT_RECORDS, CONTOSO, "open", () -> 7)).isEqualTo(7);
    }

    @Test
    void aChangeWithoutATransactionMakesTheScopesTotalsCountAgainAtOnceAndNoOtherScopes() {
        total(CONTOSO, "open");
        total(FABRIKAM, "open");

        rows = 60_001;
        totals.changed(Kind.SUPPORT_REQUESTS, CONTOSO, null);

        assertThat(total(CONTOSO, "open")).isEqualTo(60_001);
        assertThat(total(FABRIKAM, "open")).isEqualTo(60_000);
        assertThat(counted).hasValue(3);
    }

    @Test
    void aChangeInATransactionCountsAgainOnceItHasEndedAndItsOwnUncommittedCountIsNeverShared() {
        total(CONTOSO, "open");

        transactions.begin();
        rows = 60_001; // the transaction's own insert, not committed yet
        totals.changed(Kind.SUPPORT_REQUESTS, CONTOSO);
        totals.changed(Kind.SUPPORT_REQUESTS, CONTOSO); // a second write of the same transaction
        assertThat(total(CONTOSO, "open")).isEqualTo(60_001);
        transactions.suspend();

        // Another transaction meanwhile: the committed rows, not the uncommitted total above.
        rows = 60_000;
        assertThat(total(CONTOSO, "open")).isEqualTo(60_000);

        transactions.resume();
        rows = 60_001;
        transactions.commit();

        assertThat(total(CONTOSO, "open")).isEqualTo(60_001);
        assertThat(transactions.registered).hasSize(1);
    }

    @Test
    void aTotalCountedWhileAChangeHappensIsNotKept() {
        long first = totals.of(Kind.SUPPORT_REQUESTS, CONTOSO, "open", () -> {
            totals.changed(Kind.SUPPORT_REQUESTS, CONTOSO); // committed by another thread meanwhile
            return 60_000;
        });
        assertThat(first).isEqualTo(60_000);

        rows = 60_001;
        assertThat(total(CONTOSO, "open")).isEqualTo(60_001);
    }

    @Test
    void whenTooManyTotalsAreKeptTheyAreAllForgottenAndCountedAgain() {
        for (int i = 0; i < Totals.MAX_ENTRIES; i++) {
            total(CONTOSO, i);
        }
        total(CONTOSO, "one more");
        counted.set(0);

        total(CONTOSO, 0);

        assertThat(counted).hasValue(1);
    }

    /** One transaction at a time, which the test can begin, set aside, resume and commit. */
    private static final class FakeTransactions implements TransactionSynchronizationRegistry {
        private int status = Status.STATUS_NO_TRANSACTION;
        private final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> registered = new ArrayList<>();

        void begin() {
            status = Status.STATUS_ACTIVE;
        }

        void suspend() {
            status = Status.STATUS_NO_TRANSACTION;
        }

        void resume() {
            status = Status.STATUS_ACTIVE;
        }

        void commit() {
            status = Status.STATUS_COMMITTED;
            registered.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
            status = Status.STATUS_NO_TRANSACTION;
            resources.clear();
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_ACTIVE ? this : null;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {}

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
