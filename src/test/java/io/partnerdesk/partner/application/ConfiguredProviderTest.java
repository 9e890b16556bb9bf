package io.partnerdesk.partner.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerdesk.partner.application.ProviderBootstrap.ConfiguredProvider;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredProviderTest {

    @Test
    void nothingSetCreatesNothing() {
        assertThat(ConfiguredProvider.of(Optional.empty(), Optional.of(" "), Optional.empty()))
                .isEmpty();
    }

    @Test
    void theDirectoryGroupIsKeptInLowerCaseAsSignInLooksItUp() {
        assertThat(ConfiguredProvider.of(
                        Optional.of(" Contoso Distribution "), Optional.of("4120001"), Optional.of("Org-Contoso")))
                .contains(new ConfiguredProvider("Contoso Distribution", "4120001", "org-contoso"));
    }

    @Test
    void onlySomeSettingsIsAConfigurationErrorNamingTheVariables() {
        assertThatThrownBy(() -> ConfiguredProvider.of(Optional.of("Contoso"), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("will not start")
                .hasMessageContaining("partnerdesk.provider.mpn-id")
                .hasMessageContaining("PARTNERDESK_PROVIDER_NAME");
    }

    @Test
    void anMpnIdThatIsNotDigitsIsAConfigurationError() {
        assertThatThrownBy(() -> ConfiguredProvider.of(
                        Optional.of("Contoso"), Optional.of("MPN-12"), Optional.of("org-contoso")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MPN-12")
                .hasMessageContaining("4 to 10 digits");
    }
}
