package io.partnerdesk.testsupport.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoPortsTest {

    @Test
    void aPortSomeoneListensOnIsTakenAndFreeAgainOnceTheyStop() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        int port;
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(loopback, 0));
            port = other.getLocalPort();

            assertThat(DemoPorts.free(loopback, port)).isFalse();
        }
        assertThat(DemoPorts.free(loopback, port)).isTrue();
    }

    @Test
    void aTakenHttpPortIsOneLineNamingThePortAndThePropertyThatMovesIt() throws IOException {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int taken = other.getLocalPort();

            assertThat(DemoPorts.taken(taken, Map.of("PARTNERDESK_LDAP_PORT", "0"), DemoPorts::free))
                    .containsExactly("Port " + taken + " (the portal's HTTP port) is taken: stop what uses it,"
                            + " or run on another port with -Dportal.http.port=<port>");
        }
    }

    @Test
    void aTakenDirectoryPortIsOneLineNamingThePortAndTheVariableThatMovesIt() throws IOException {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int taken = other.getLocalPort();

            assertThat(DemoPorts.taken(0, Map.of("PARTNERDESK_LDAP_PORT", String.valueOf(taken)), DemoPorts::free))
                    .containsExactly("Port " + taken + " (the embedded directory) is taken: stop what uses it,"
                            + " or move the directory with PARTNERDESK_LDAP_PORT=<port>");
        }
    }

    @Test
    void theDirectoryPortIsTheEmbeddedDefaultUnlessMovedAndUncheckedWithACompanyDirectory() {
        assertThat(DemoPorts.directoryPort(Map.of())).isEqualTo(10389);
        assertThat(DemoPorts.directoryPort(Map.of("PARTNERDESK_LDAP_PORT", "10399")))
                .isEqualTo(10399);
        assertThat(DemoPorts.taken(
                        8080,
                        Map.of("PARTNERDESK_LDAP_URL", "ldaps://ldap.example.com"),
                        (address, port) -> port != 10389))
                .isEmpty();
    }
}
