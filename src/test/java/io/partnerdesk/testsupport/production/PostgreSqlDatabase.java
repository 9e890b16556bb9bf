package io.partnerdesk.testsupport.production;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tests' own PostgreSQL database, made afresh for each run and dropped after it. Only this
 * database and others named after it ({@link #PostgreSqlDatabase(String)}, for a portal that must
 * start on an empty one) are ever created or dropped; the server's other databases are not touched.
 * Its login role owns it and may create databases, nothing more (./test.sh creates the role).
 */
public final class PostgreSqlDatabase {

    public static final String NAME = System.getProperty("it.pg.database", "partnerdesk_it");
    public static final String USER = NAME;
    public static final String PASSWORD = System.getProperty("it.pg.password", NAME + "-secret");
    public static final String HOST = "127.0.0.1";
    public static final int PORT = Integer.getInteger("it.pg.port", 5432);

    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";

    private final String name;

    /** The test run's database. */
    public PostgreSqlDatabase() {
        this.name = NAME;
    }

    /** Another database of the test run, named {@code <test database>_<suffix>}. */
    public PostgreSqlDatabase(String suffix) {
        if (!suffix.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a database name suffix: " + suffix);
        }
        this.name = NAME + "_" + suffix;
    }

    public String name() {
        return name;
    }

    public void create() {
        try (Connection admin = admin();
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name + " OWNER " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name + ": " + e.getMessage(), e);
        }
    }

    public void drop() {
        try (Connection admin = admin();
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the test database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Connects to the maintenance database, only to create or drop the test database. */
    private static Connection admin() {
        try {
            return DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is not reachable on " + HOST + ":" + PORT + " as " + USER + " ("
                            + e.getMessage() + "). The PostgreSQL tests need a running server, started with"
                            + " pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start, and their role:"
                            + " CREATE ROLE " + USER + " LOGIN CREATEDB PASSWORD '" + PASSWORD
                            + "' (./test.sh does both)",
                    e);
        }
    }
}
