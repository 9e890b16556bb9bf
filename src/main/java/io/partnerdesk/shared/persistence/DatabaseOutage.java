package io.partnerdesk.shared.persistence;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure that means "the database cannot be reached" from every other: the API answers it
 * {@code 503 DATABASE_UNAVAILABLE} and pages the "temporarily unavailable" page, instead of an
 * internal error. Recognised anywhere in the chain of causes, however the pool, the driver or
 * EclipseLink wrapped it: a refused or lost connection, a connection-class SQL state ({@code 08…}),
 * a server shutting down or starting ({@code 57P01}–{@code 57P03}), or the pool's "cannot allocate a
 * connection".
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof ConnectException
                    || cause instanceof NoRouteToHostException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            String type = cause.getClass().getName();
            if (cause.getClass().getSimpleName().equals("PoolingException")
                    || (type.startsWith("jakarta.resource.")
                            && String.valueOf(cause.getMessage()).contains("allocating a connection"))) {
                return true;
            }
        }
        return false;
    }

    static boolean isConnectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    private static Throwable next(Throwable cause) {
        Throwable next = cause.getCause();
        if (next == null && cause instanceof SQLException sql) {
            next = sql.getNextException();
        }
        return next == cause ? null : next;
    }
}
