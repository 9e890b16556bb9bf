package io.partnerdesk.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures the API answers 503 DATABASE_UNAVAILABLE (and pages "temporarily unavailable"). */
class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInTheChainIsAnOutage() {
        Throwable wrapped = new PersistenceException(
                "Exception [EclipseLink-4002]", new IllegalStateException("pool", new ConnectException("refused")));

        assertThat(DatabaseOutage.isCause(wrapped)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "57P01", "57P03"})
    void connectionAndShutdownStatesAreOutages(String state) {
        assertThat(DatabaseOutage.isCause(new PersistenceException(new SQLException("gone", state))))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "22001", "40001", "42P01"})
    void refusedDataAConflictOrABugIsNoOutage(String state) {
        assertThat(DatabaseOutage.isCause(new PersistenceException(new SQLException("refused", state))))
                .isFalse();
    }

    @Test
    void thePoolsCannotAllocateIsAnOutageAndAnyOtherFailureIsNot() {
        class PoolingException extends Exception {
            PoolingException() {
                super("Connection could not be allocated");
            }
        }
        assertThat(DatabaseOutage.isCause(new RuntimeException(new PoolingException())))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }
}
