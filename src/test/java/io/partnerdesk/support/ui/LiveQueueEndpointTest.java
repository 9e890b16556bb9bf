package io.partnerdesk.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The live socket hears nothing when another site's page opens it with the person's cookies. */
class LiveQueueEndpointTest {

    @Test
    void onlyThePortalsOwnPagesMayOpenIt() {
        assertThat(LiveQueueEndpoint.sameOrigin("http://127.0.0.1:8080", "127.0.0.1:8080"))
                .isTrue();
        assertThat(LiveQueueEndpoint.sameOrigin("https://Portal.Example.com", "portal.example.com"))
                .isTrue();
        assertThat(LiveQueueEndpoint.sameOrigin("https://evil.example", "portal.example.com"))
                .isFalse();
        assertThat(LiveQueueEndpoint.sameOrigin("https://portal.example.com.evil.example", "portal.example.com"))
                .isFalse();
        assertThat(LiveQueueEndpoint.sameOrigin("null", "portal.example.com")).isFalse();
        assertThat(LiveQueueEndpoint.sameOrigin(null, "portal.example.com"))
                .as("no Origin: not a browser page")
                .isFalse();
        assertThat(LiveQueueEndpoint.sameOrigin("http://[::1", "portal.example.com"))
                .isFalse();
    }
}
