package io.partnerdesk.testsupport.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.checks.TestPrerequisites.Machine;
import io.partnerdesk.testsupport.checks.TestPrerequisites.Run;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestPrerequisitesTest {

    private static final List<String> BROWSER_TESTS =
            List.of("io/partnerdesk/ui/SignInBrowserIT", "io/partnerdesk/ui/BulkAssignBrowserIT");

    /** A machine with nothing the tests need: no files, no PostgreSQL. */
    private static final class BareMachine extends Machine {
        @Override
        boolean executable(Path file) {
            return false;
        }

        @Override
        boolean exists(Path file) {
            return false;
        }

        @Override
        Optional<String> postgreSql(String role, String password) {
            return Optional.of(TestPrerequisites.NO_SERVER);
        }
    }

    /** A machine with everything the tests need. */
    private static class ReadyMachine extends Machine {
        @Override
        boolean executable(Path file) {
            return true;
        }

        @Override
        boolean exists(Path file) {
            return true;
        }

        @Override
        Optional<String> postgreSql(String role, String password) {
            return Optional.empty();
        }
    }

    @Test
    void aBareMachineGetsOneMessageNamingEverythingMissingAndHowToGetIt() {
        Run run = Run.parse("it.pg.database=partnerdesk_it", "it.pg.password=partnerdesk_it-secret");

        List<String> missing = TestPrerequisites.missing(run, new BareMachine());
        String message = TestPrerequisites.message(run, missing);

        assertThat(missing)
                .anyMatch(part -> part.startsWith("Chromium at "))
                .anyMatch(part -> part.startsWith("chromedriver at "))
                .anyMatch(part -> part.contains("/usr/sbin/slapd"))
                .anyMatch(part -> part.startsWith("PostgreSQL on 127.0.0.1:5432 with the login role partnerdesk_it"));
        assertThat(message)
                .contains("./test.sh installs and prepares all of it")
                .contains("apt-get install chromium chromium-driver slapd ldap-utils postgresql")
                .contains("CREATE ROLE partnerdesk_it LOGIN CREATEDB PASSWORD 'partnerdesk_it-secret'");
    }

    @Test
    void aMachineWithEverythingPasses() {
        assertThat(TestPrerequisites.missing(Run.parse(), new ReadyMachine())).isEmpty();
    }

    @Test
    void withoutTheProductionTestsNeitherSlapdNorPostgreSqlIsNeeded() {
        Run run = Run.parse("skip.production=true", "skipITs=${skipITs}");

        assertThat(TestPrerequisites.missing(run, new BareMachine()))
                .containsExactly(
                        "Chromium at " + TestPrerequisites.CHROMIUM + " (the browser tests)",
                        "chromedriver at " + TestPrerequisites.CHROMEDRIVER + " (the browser tests)");
    }

    @Test
    void skippedTestsNeedNothing() {
        assertThat(TestPrerequisites.missing(Run.parse("skipTests=true"), new BareMachine()))
                .isEmpty();
        assertThat(TestPrerequisites.missing(Run.parse("skipITs=true"), new BareMachine()))
                .isEmpty();
    }

    @Test
    void aRoleThePostgreSqlServerRefusesIsNamedWithoutAskingToInstallTheServer() {
        Machine noRole = new ReadyMachine() {
            @Override
            Optional<String> postgreSql(String role, String password) {
                return Optional.of("the server refuses the login role " + role);
            }
        };
        Run run = Run.parse("it.pg.database=partnerdesk_it_x", "it.pg.password=secret-x");

        String message = TestPrerequisites.message(run, TestPrerequisites.missing(run, noRole));

        assertThat(message)
                .contains("with the login role partnerdesk_it_x")
                .contains("CREATE ROLE partnerdesk_it_x LOGIN CREATEDB PASSWORD 'secret-x'")
                .doesNotContain("apt-get");
    }

    @Test
    void aSelectionOfTestsNeedsTheBrowserOnlyIfItTakesInABrowserTest() {
        assertThat(TestPrerequisites.selectsAny("SignInIT", BROWSER_TESTS)).isFalse();
        assertThat(TestPrerequisites.selectsAny("SignInIT,CustomerApiIT#list", BROWSER_TESTS))
                .isFalse();
        assertThat(TestPrerequisites.selectsAny("io/partnerdesk/deployment/**", BROWSER_TESTS))
                .isFalse();

        assertThat(TestPrerequisites.selectsAny("SignInBrowserIT", BROWSER_TESTS))
                .isTrue();
        assertThat(TestPrerequisites.selectsAny("SignInIT, SignIn*", BROWSER_TESTS))
                .isTrue();
        assertThat(TestPrerequisites.selectsAny("*Browser*#signsIn", BROWSER_TESTS))
                .isTrue();
        assertThat(TestPrerequisites.selectsAny("io/partnerdesk/ui/**", BROWSER_TESTS))
                .isTrue();
        assertThat(TestPrerequisites.selectsAny("io.partnerdesk.ui.BulkAssignBrowserIT", BROWSER_TESTS))
                .isTrue();
    }
}
