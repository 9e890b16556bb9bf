package io.partnerdesk.shared.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The driver-level data source behind the container's connection pool. It reads
 * {@code partnerdesk.db.url}, {@code .user} and {@code .password} from MicroProfile Config when the
 * pool opens its first connection (by then the application's own defaults are visible, which they
 * are not yet when the pool is defined) and hands out H2 or PostgreSQL connections accordingly.
 */
public class PortalDataSource implements DataSource {

    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource target() {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                current = target;
                if (current == null) {
                    current = create(ConfigProvider.getConfig(PortalDataSource.class.getClassLoader()));
                    target = current;
                }
            }
        }
        return current;
    }

    static DataSource create(Config config) {
        String url = config.getValue("partnerdesk.db.url", String.class);
        String user =
                config.getOptionalValue("partnerdesk.db.user", String.class).orElse("");
        String password =
                config.getOptionalValue("partnerdesk.db.password", String.class).orElse("");
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(absoluteH2Path(url));
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            postgres.setApplicationName("PartnerDesk");
            return postgres;
        }
        throw new IllegalStateException("partnerdesk.db.url must be an H2 or PostgreSQL JDBC URL, not " + url);
    }

    /** H2 refuses implicitly relative file paths; a relative data folder means one below the working folder. */
    static String absoluteH2Path(String url) {
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            return url;
        }
        int end = url.indexOf(';');
        String path = end < 0 ? url.substring(prefix.length()) : url.substring(prefix.length(), end);
        String rest = end < 0 ? "" : url.substring(end);
        return prefix + java.nio.file.Path.of(path).toAbsolutePath().normalize() + rest;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
