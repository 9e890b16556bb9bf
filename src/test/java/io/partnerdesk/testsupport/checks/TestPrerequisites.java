package io.partnerdesk.testsupport.checks;

import io.partnerdesk.testsupport.production.OpenLdapServer;
import io.partnerdesk.testsupport.production.PostgreSqlDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Run by the build once, before the first integration test: what the tests of this run need of
 * the machine is there, or the build stops with one message naming everything that is missing and
 * how to get it, instead of a failure in each test class.
 *
 * <p>The browser tests need Debian's Chromium and its chromedriver; the production tests (the
 * failsafe execution production-it) need OpenLDAP's slapd and a PostgreSQL server on loopback with
 * their login role.
 */
public final class TestPrerequisites {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    static final String NO_SERVER = "no server answers";

    private TestPrerequisites() {}

    /** What the build knows of the run, in the form {@code name=value}; see {@link Run#parse}. */
    public static void main(String[] args) {
        Run run = Run.parse(args);
        List<String> missing = missing(run, new Machine());
        if (!missing.isEmpty()) {
            throw new BuildCheckFailed(message(run, missing));
        }
    }

    /**
     * What the build's switches leave to run. {@code itTest} is failsafe's {@code -Dit.test}: with
     * it, only the named tests run, in both executions.
     */
    record Run(
            boolean skipIntegrationTests,
            boolean skipProduction,
            Optional<String> itTest,
            String role,
            String password) {

        static Run parse(String... args) {
            Map<String, String> values = Arrays.stream(args)
                    .map(arg -> arg.split("=", 2))
                    .filter(pair -> pair.length == 2 && !pair[1].isBlank() && !pair[1].startsWith("${"))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1].trim(), (a, b) -> b));
            return new Run(
                    on(values, "skipTests") || on(values, "skipITs") || on(values, "maven.test.skip"),
                    on(values, "skip.production"),
                    Optional.ofNullable(values.get("it.test")),
                    values.getOrDefault("it.pg.database", PostgreSqlDatabase.NAME),
                    values.getOrDefault("it.pg.password", PostgreSqlDatabase.PASSWORD));
        }

        private static boolean on(Map<String, String> values, String name) {
            return "true".equalsIgnoreCase(values.get(name));
        }

        boolean needsBrowser() {
            return !skipIntegrationTests
                    && itTest.map(selection -> selectsAny(selection, browserTests()))
                            .orElse(true);
        }

        boolean needsProductionServices() {
            return !skipIntegrationTests && !skipProduction;
        }
    }

    /**
     * Whether a {@code -Dit.test} selection takes in one of the browser tests, given as paths like
     * {@code io/partnerdesk/ui/SignInBrowserIT}: a simple name or a glob on it ({@code SignIn*IT}),
     * or a path glob ({@code io/partnerdesk/ui/**}), each optionally with {@code #method}.
     */
    static boolean selectsAny(String selection, List<String> testPaths) {
        return Arrays.stream(selection.split(","))
                .map(pattern -> pattern.trim().replaceFirst("#.*$", "").replaceFirst("\\.(java|class)$", ""))
                .filter(Predicate.not(String::isEmpty))
                .anyMatch(pattern -> {
                    boolean path = pattern.contains("/") || pattern.contains(".");
                    Pattern glob = glob(pattern.replace('.', '/'));
                    return testPaths.stream()
                            .map(test -> path ? test : test.substring(test.lastIndexOf('/') + 1))
                            .anyMatch(name -> glob.matcher(name).matches());
                });
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** The browser tests of this build, as paths under the compiled test classes. */
    static List<String> browserTests() {
        try {
            Path classes = Path.of(TestPrerequisites.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            try (Stream<Path> files = Files.list(classes.resolve("io/partnerdesk/ui"))) {
                return files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith("BrowserIT.class"))
                        .map(name -> "io/partnerdesk/ui/" + name.substring(0, name.length() - ".class".length()))
                        .sorted()
                        .toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Could not list the browser tests: " + e.getMessage(), e);
        }
    }

    /** What the machine offers the tests; the production implementation looks, a test can pretend. */
    static class Machine {

        boolean executable(Path file) {
            return Files.isExecutable(file);
        }

        boolean exists(Path file) {
            return Files.exists(file);
        }

        /** Empty when the role can sign in to the server and create databases, else what is wrong. */
        Optional<String> postgreSql(String role, String password) {
            Properties properties = new Properties();
            properties.setProperty("user", role);
            properties.setProperty("password", password);
            properties.setProperty("connectTimeout", "5");
            String url = "jdbc:postgresql://" + PostgreSqlDatabase.HOST + ":" + PostgreSqlDatabase.PORT + "/postgres";
            try (Connection connection = new org.postgresql.Driver().connect(url, properties);
                    Statement sql = connection.createStatement();
                    ResultSet createDb =
                            sql.executeQuery("SELECT rolcreatedb FROM pg_roles WHERE rolname = current_user")) {
                return createDb.next() && createDb.getBoolean(1)
                        ? Optional.empty()
                        : Optional.of("the role " + role + " may not create databases");
            } catch (SQLException e) {
                String state = String.valueOf(e.getSQLState());
                if (state.startsWith("08")) {
                    return Optional.of(NO_SERVER);
                }
                if (state.startsWith("28")) {
                    return Optional.of("the server refuses the login role " + role + " (missing, or another password)");
                }
                return Optional.of(e.getMessage());
            }
        }
    }

    /** One line for each part that is missing, naming it and the tests that need it. */
    static List<String> missing(Run run, Machine machine) {
        List<String> missing = new ArrayList<>();
        if (run.needsBrowser()) {
            if (!machine.executable(CHROMIUM)) {
                missing.add("Chromium at " + CHROMIUM + " (the browser tests)");
            }
            if (!machine.executable(CHROMEDRIVER)) {
                missing.add("chromedriver at " + CHROMEDRIVER + " (the browser tests)");
            }
        }
        if (run.needsProductionServices()) {
            for (Path file : OpenLdapServer.requiredFiles()) {
                if (!machine.exists(file)) {
                    missing.add("OpenLDAP's " + file + " (the production tests' company directory)");
                }
            }
            machine.postgreSql(run.role(), run.password())
                    .ifPresent(problem -> missing.add("PostgreSQL on " + PostgreSqlDatabase.HOST + ":"
                            + PostgreSqlDatabase.PORT + " with the login role " + run.role()
                            + " (the production tests): " + problem));
        }
        return missing;
    }

    static String message(Run run, List<String> missing) {
        Set<String> packages = new LinkedHashSet<>();
        for (String part : missing) {
            if (part.startsWith("Chromium")) {
                packages.add("chromium");
            } else if (part.startsWith("chromedriver")) {
                packages.add("chromium-driver");
            } else if (part.startsWith("OpenLDAP")) {
                packages.addAll(List.of("slapd", "ldap-utils"));
            } else if (part.startsWith("PostgreSQL") && part.endsWith(NO_SERVER)) {
                packages.add("postgresql");
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("The tests need what this machine does not have:");
        missing.forEach(part -> lines.add("  - " + part));
        lines.add("./test.sh installs and prepares all of it on Debian or Ubuntu (as root or with sudo),"
                + " then runs the tests."
                + (packages.isEmpty() ? "" : " By hand: apt-get install " + String.join(" ", packages)));
        if (missing.stream().anyMatch(part -> part.startsWith("PostgreSQL"))) {
            lines.add("  and, with the server running, as the postgres user: psql -c \"CREATE ROLE " + run.role()
                    + " LOGIN CREATEDB PASSWORD '" + run.password() + "'\"");
        }
        if (run.needsProductionServices()) {
            lines.add("(-Dskip.production=true leaves out the production tests, which need slapd and PostgreSQL.)");
        }
        return String.join("\n", lines);
    }
}
