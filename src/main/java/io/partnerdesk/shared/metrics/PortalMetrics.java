package io.partnerdesk.shared.metrics;

import io.partnerdesk.shared.security.SignInFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The counters and timers of the portal, by name, with what each counts. Use cases call
 * {@link #count}; the names are the constants here, so that server-config/README.md and the alert
 * rules can rely on them. In Prometheus text a counter {@code partnerdesk.support.requests.opened}
 * reads {@code partnerdesk_support_requests_opened_total{mp_scope="application"}}.
 */
@ApplicationScoped
public class PortalMetrics {

    /** A counter: its name and what it counts. */
    public enum Counter {
        SUPPORT_REQUESTS_OPENED("partnerdesk.support.requests.opened", "Support requests customers opened"),
        SUPPORT_REQUESTS_RESOLVED("partnerdesk.support.requests.resolved", "Support requests marked resolved"),
        SUPPORT_REQUESTS_ESCALATED(
                "partnerdesk.support.requests.escalated",
                "Support requests escalated, by level (provider: a reseller's to its provider; vendor: a"
                        + " service request filed from it)"),
        SERVICE_REQUESTS_FILED("partnerdesk.service.requests.filed", "Service requests filed with the vendor"),
        FIRST_RESPONSES_LATE(
                "partnerdesk.support.first.responses.late", "Support requests whose first response became late"),
        SUPPORT_CONTACT_CHANGES(
                "partnerdesk.support.contact.changes",
                "Designated support contacts changed, by kind (single, bulk, reversion)"),
        SIGN_IN_FAILURES("partnerdesk.sign.in.failures", "Failed sign-ins, by reason"),
        FEED_IMPORTS("partnerdesk.service.health.feed.imports", "Service health feed imports that succeeded"),
        FEED_IMPORT_FAILURES("partnerdesk.service.health.feed.import.failures", "Service health feed imports refused"),
        MAIL_FAILURES("partnerdesk.mail.deliveries.failed", "Notification e-mails the mail server did not take"),
        WEBHOOK_FAILURES(
                "partnerdesk.webhook.deliveries.failed",
                "Webhook delivery attempts a receiver did not accept (no 2xx answer within 10 s, or an address"
                        + " refused now)");

        private final String metricName;
        private final String description;

        Counter(String metricName, String description) {
            this.metricName = metricName;
            this.description = description;
        }

        public String metricName() {
            return metricName;
        }
    }

    @Inject
    MetricRegistry registry;

    /** Counts one occurrence; {@code tags} are name, value pairs (a fixed, small set of values). */
    public void count(Counter counter, String... tags) {
        registry.counter(
                        Metadata.builder()
                                .withName(counter.metricName)
                                .withDescription(counter.description)
                                .build(),
                        tags(tags))
                .inc();
    }

    /** Records how long one request took, under {@code name} with {@code tags}. */
    public void time(String name, String description, Duration took, String... tags) {
        registry.timer(
                        Metadata.builder()
                                .withName(name)
                                .withDescription(description)
                                .build(),
                        tags(tags))
                .update(took);
    }

    void signInFailed(@Observes SignInFailed failure) {
        count(Counter.SIGN_IN_FAILURES, "reason", failure.why().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Tag[] tags(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("tags are name, value pairs: " + Arrays.toString(pairs));
        }
        Tag[] tags = new Tag[pairs.length / 2];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = new Tag(pairs[2 * i], pairs[2 * i + 1]);
        }
        return tags;
    }
}
