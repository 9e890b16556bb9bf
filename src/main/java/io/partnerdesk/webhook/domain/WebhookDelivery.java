package io.partnerdesk.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event posted to one webhook: the exact body that is signed and sent, and how its attempts
 * went. A non-2xx answer, or none within the timeout, is tried again after a growing delay
 * ({@link #RETRY_DELAYS}) until a day after the event; then it has failed.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** The longest body kept (an event's data is a few short values). */
    public static final int MAX_PAYLOAD = 8000;

    /** How long after the event a delivery is still tried. */
    public static final Duration GIVE_UP_AFTER = Duration.ofDays(1);

    /** The wait after the 1st, 2nd, ... failed attempt; the last one repeats. */
    public static final List<Duration> RETRY_DELAYS = List.of(
            Duration.ofSeconds(10),
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofMinutes(30),
            Duration.ofHours(1),
            Duration.ofHours(2),
            Duration.ofHours(4));

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @Column(name = "webhook_id", nullable = false, length = 36)
    private UUID webhookId;

    @Column(name = "event", nullable = false, length = 40)
    private String event;

    @Column(name = "payload", nullable = false, length = MAX_PAYLOAD)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "response_code")
    private Integer responseCode;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WebhookDelivery() {}

    public WebhookDelivery(UUID webhookId, String event, String payload, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.webhookId = webhookId;
        this.event = event;
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** The receiver answered 2xx. */
    public void delivered(int code, Instant at) {
        attempts++;
        lastAttemptAt = at;
        responseCode = code;
        status = DeliveryStatus.DELIVERED;
        nextAttemptAt = null;
    }

    /**
     * An attempt failed ({@code code} null when nothing answered): tried again after the next delay,
     * or failed for good once that would be more than {@link #GIVE_UP_AFTER} after the event.
     */
    public void attemptFailed(Integer code, Instant at) {
        attempts++;
        lastAttemptAt = at;
        responseCode = code;
        Instant next = at.plus(RETRY_DELAYS.get(Math.min(attempts, RETRY_DELAYS.size()) - 1));
        if (next.isAfter(createdAt.plus(GIVE_UP_AFTER))) {
            giveUp();
        } else {
            nextAttemptAt = next;
        }
    }

    /** Not tried again (the webhook was deleted, or its address is refused now). */
    public void giveUp() {
        status = DeliveryStatus.FAILED;
        nextAttemptAt = null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getWebhookId() {
        return webhookId;
    }

    public String getEvent() {
        return event;
    }

    public String getPayload() {
        return payload;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer getResponseCode() {
        return responseCode;
    }

    public long getVersion() {
        return version;
    }
}
