package io.partnerdesk.support.application;

import io.partnerdesk.support.domain.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Gauges of the support queue at {@code /metrics}: {@code partnerdesk.support.requests.open} per
 * severity and {@code partnerdesk.support.requests.late} (open, first response overdue). A scrape
 * reads them at most every ten seconds, however often it asks; a database that cannot answer gives
 * the last figures read.
 */
@ApplicationScoped
public class QueueGauges {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    @Inject
    MetricRegistry registry;

    @Inject
    QueueFigures figures;

    private volatile QueueFigures.Snapshot last;
    private volatile Instant readAt = Instant.EPOCH;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (Severity severity : Severity.values()) {
            registry.gauge(
                    Metadata.builder()
                            .withName("partnerdesk.support.requests.open")
                            .withDescription("Support requests open (new, in progress, waiting), by severity")
                            .build(),
                    () -> snapshot().open().get(severity),
                    new Tag("severity", severity.name()));
        }
        registry.gauge(
                Metadata.builder()
                        .withName("partnerdesk.support.requests.late")
                        .withDescription("Open support requests whose first response is overdue")
                        .build(),
                () -> snapshot().late());
    }

    private QueueFigures.Snapshot snapshot() {
        Instant now = Instant.now();
        if (last == null || readAt.plus(FRESH_FOR).isBefore(now)) {
            try {
                last = figures.now();
                readAt = now;
            } catch (RuntimeException unavailable) {
                if (last == null) {
                    java.util.Map<Severity, Long> none = new java.util.EnumMap<>(Severity.class);
                    for (Severity severity : Severity.values()) {
                        none.put(severity, 0L);
                    }
                    return new QueueFigures.Snapshot(none, 0);
                }
            }
        }
        return last;
    }
}
