package io.partnerdesk.webhook.application;

import io.partnerdesk.shared.FailureText;
import io.partnerdesk.shared.metrics.PortalMetrics;
import io.partnerdesk.shared.persistence.DatabaseOutage;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the deliveries that are due: right after the change that wrote them commits ({@link
 * #nudge}, on a thread of the server's executor) and every few seconds for the retries ({@code
 * WebhookDispatchJob}). Each delivery is claimed first, so that one instance of a cluster sends it;
 * then it is posted with its signature, no redirect followed, and what the receiver answered (or
 * that it did not within {@link #TIMEOUT}) is written to the log.
 */
@ApplicationScoped
public class WebhookDispatcher {

    /** How long a receiver has to answer. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final int BATCH = 20;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookAddresses addresses;

    @Inject
    PortalMetrics metrics;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Sends what is due soon, on another thread; the caller does not wait. */
    public void nudge() {
        try {
            executor.execute(this::sendDue);
        } catch (RejectedExecutionException busy) {
            LOG.fine("The executor is busy: the deliveries go with the next scheduled run");
        }
    }

    /**
     * Sends every delivery due now. One run at a time on this instance: a run asked for while one is
     * under way makes that one look again when it ends.
     */
    public void sendDue() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                List<WebhookDeliveries.Due> due;
                while (!(due = deliveries.due(Instant.now(), BATCH)).isEmpty()) {
                    int sent = 0;
                    for (WebhookDeliveries.Due delivery : due) {
                        if (deliveries.claim(delivery.deliveryId(), delivery.version(), Instant.now())) {
                            send(delivery);
                            sent++;
                        }
                    }
                    if (sent == 0) {
                        break;
                    }
                }
            } while (again.get());
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                LOG.warning(() ->
                        "Webhook deliveries wait: the database cannot be reached (" + FailureText.describe(e) + ")");
            } else {
                LOG.log(Level.WARNING, "Webhook deliveries stopped for this run", e);
            }
        } finally {
            running.set(false);
        }
    }

    private void send(WebhookDeliveries.Due delivery) {
        if (delivery.webhookStopped()) {
            deliveries.giveUp(delivery.deliveryId());
            return;
        }
        URI uri = URI.create(delivery.url());
        if (addresses.judge(uri).isPresent()) {
            LOG.warning(() -> "Webhook delivery " + delivery.deliveryId() + " given up: " + delivery.url()
                    + " is refused now (" + addresses.judge(uri).orElseThrow() + ")");
            metrics.count(PortalMetrics.Counter.WEBHOOK_FAILURES);
            deliveries.giveUp(delivery.deliveryId());
            return;
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        Integer code = null;
        try {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/json; charset=utf-8")
                            .header("User-Agent", "PartnerDesk-Webhooks/1")
                            .header("X-PartnerDesk-Event", delivery.event())
                            .header(
                                    "X-PartnerDesk-Delivery",
                                    delivery.deliveryId().toString())
                            .header(WebhookSignature.HEADER, WebhookSignature.sign(delivery.secret(), body))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            code = response.statusCode();
        } catch (IOException e) {
            LOG.fine(() -> "Webhook delivery " + delivery.deliveryId() + " to " + delivery.url() + ": "
                    + FailureText.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!deliveries.attempted(delivery.deliveryId(), code, Instant.now())) {
            metrics.count(PortalMetrics.Counter.WEBHOOK_FAILURES);
            Integer answered = code;
            LOG.info(() -> "Webhook delivery " + delivery.deliveryId() + " to " + delivery.url() + " not accepted ("
                    + (answered == null ? "no answer within " + TIMEOUT.toSeconds() + " s" : "HTTP " + answered)
                    + "); it is tried again later");
        }
    }
}
