package io.partnerdesk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerdesk.shared.persistence.RuntimeMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectorySettingsTest {

    @Test
    void theDefaultsAreSound() {
        assertThat(embedded().problems()).isEmpty();
    }

    @Test
    void aCompanyDirectoryOverStartTlsWithSearchesIsSound() {
        assertThat(startTls("ldap://ldap.example.com:389", "cn=portal,dc=example,dc=com", "dc=example,dc=com")
                        .problems())
                .isEmpty();
    }

    @Test
    void aGroupFilterWithoutThePlaceholderWouldGiveEveryoneEveryRoleAndIsRefused() {
        DirectorySettings settings = embedded();
        settings.groupSearchFilter = "(objectClass=groupOfNames)";

        assertThat(settings.problems())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("partnerdesk.ldap.group-search-filter", "(objectClass=groupOfNames)", "%s", "every role");
    }

    @Test
    void aGroupFilterWithTwoPlaceholdersIsRefused() {
        DirectorySettings settings = embedded();
        settings.groupSearchFilter = "(|(member=%s)(uniqueMember=%s))";

        assertThat(settings.problems())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("partnerdesk.ldap.group-search-filter", "not a valid LDAP search filter");
    }

    @Test
    void aGroupFilterThatIsNoFilterIsRefused() {
        DirectorySettings settings = embedded();
        settings.groupSearchFilter = "member=%s)(";

        assertThat(settings.problems()).hasSize(1);
    }

    @Test
    void aCallerFilterWithoutThePlaceholderIsRefusedWhenCallersAreSearched() {
        DirectorySettings settings = startTls("ldap://ldap.example.com", "", "dc=example,dc=com");
        settings.callerSearchFilter = "(objectClass=inetOrgPerson)";

        assertThat(settings.problems())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("partnerdesk.ldap.caller-search-filter");
    }

    @Test
    void startTlsNeedsAPlainLdapUrlOfAnExternalDirectory() {
        assertThat(startTls("ldaps://ldap.example.com:636", "", "dc=example,dc=com")
                        .problems())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("ldaps://");
        DirectorySettings embedded = embedded();
        embedded.startTls = true;
        assertThat(embedded.problems())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("partnerdesk.ldap.url");
    }

    @Test
    void thePortalDoesNotStartOnAnUnsafeDirectoryConfiguration() {
        DirectoryConfigurationCheck check = new DirectoryConfigurationCheck();
        check.settings = embedded();
        check.runtimeMode = runtime(true, false);
        check.settings.groupSearchFilter = "(objectClass=*)";

        assertThatThrownBy(check::check)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("will not start")
                .hasMessageContaining("partnerdesk.ldap.group-search-filter");
    }

    @Test
    void thePortalStartsOnASoundOne() {
        DirectoryConfigurationCheck check = new DirectoryConfigurationCheck();
        check.settings = embedded();
        check.runtimeMode = runtime(true, true);

        check.check();
    }

    @Test
    void aProductionDatabaseWithoutADirectoryDoesNotStart() {
        DirectoryConfigurationCheck check = new DirectoryConfigurationCheck();
        check.settings = embedded();
        check.runtimeMode = runtime(false, false);

        assertThatThrownBy(check::check)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("will not start")
                .hasMessageContaining("PARTNERDESK_LDAP_URL")
                .hasMessageContaining("PARTNERDESK_DEMO_DATA=true");
    }

    @Test
    void aProductionDatabaseStartsWithADirectoryOrWithDemoDataAskedFor() {
        assertThat(DirectoryConfigurationCheck.productionWithoutDirectory(false, false, false))
                .isEmpty();
        assertThat(DirectoryConfigurationCheck.productionWithoutDirectory(false, true, true))
                .isEmpty();
        assertThat(DirectoryConfigurationCheck.productionWithoutDirectory(true, true, false))
                .isEmpty();
        assertThat(DirectoryConfigurationCheck.productionWithoutDirectory(false, true, false))
                .isPresent();

        DirectoryConfigurationCheck check = new DirectoryConfigurationCheck();
        check.settings = startTls("ldap://ldap.example.com:389", "cn=portal,dc=example,dc=com", "dc=example,dc=com");
        check.runtimeMode = runtime(false, false);
        check.check();
    }

    /** A run on the embedded H2 database or a production one, with demo data or without. */
    static RuntimeMode runtime(boolean embeddedDatabase, boolean demoData) {
        return new RuntimeMode() {
            @Override
            public boolean isEmbeddedDatabase() {
                return embeddedDatabase;
            }

            @Override
            public boolean isDemoData() {
                return demoData;
            }
        };
    }

    /** The settings of the embedded run, as MicroProfile Config gives them with nothing set. */
    static DirectorySettings embedded() {
        DirectorySettings settings = new DirectorySettings();
        settings.externalUrl = Optional.empty();
        settings.embeddedPort = 10389;
        settings.bindDn = Optional.empty();
        settings.bindPassword = Optional.empty();
        settings.callerBaseDn = "ou=people," + DirectorySettings.EMBEDDED_BASE_DN;
        settings.callerSearchBase = Optional.empty();
        settings.callerSearchFilter = "(&(objectClass=inetOrgPerson)(uid=%s))";
        settings.callerNameAttribute = "uid";
        settings.groupSearchBase = "ou=groups," + DirectorySettings.EMBEDDED_BASE_DN;
        settings.groupSearchFilter = "(&(objectClass=groupOfNames)(member=%s))";
        settings.readTimeoutMillis = 5000;
        return settings;
    }

    /** A company directory at {@code url} with StartTLS on, people and groups searched below {@code base}. */
    static DirectorySettings startTls(String url, String serviceDn, String base) {
        DirectorySettings settings = embedded();
        settings.externalUrl = Optional.of(url);
        settings.startTls = true;
        settings.bindDn = Optional.of(serviceDn);
        settings.bindPassword = Optional.of("service-secret");
        settings.callerSearchBase = Optional.of("ou=people," + base);
        settings.groupSearchBase = "ou=groups," + base;
        return settings;
    }
}
