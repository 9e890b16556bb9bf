package io.partnerdesk.shared.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that lost its connection three times, five seconds apart, by default:
 * with the database down every request then hangs for ten seconds and more before it fails. Here a
 * read is retried once, at once (a connection the database dropped is replaced by the pool, so one
 * retry covers a restart of the database between two requests); a database that is really gone is
 * told to the caller within seconds (503 DATABASE_UNAVAILABLE). Named in persistence.xml.
 */
public class FailFastOnLostConnection implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
