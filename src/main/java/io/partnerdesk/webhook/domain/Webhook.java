package io.partnerdesk.webhook.domain;

import io.partnerdesk.shared.events.OrganisationEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A partner's receiver of events: the address they are posted to, which events, and the secret
 * their signature is made with. Deleting one stops it (the row and its delivery log stay, out of
 * every list), so that a delivery already written for it never refers to nothing.
 */
@Entity
@Table(name = "webhook")
public class Webhook {

    public static final int MAX_URL_LENGTH = 500;

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @Column(name = "partner_id", nullable = false, length = 36)
    private UUID partnerId;

    @Column(name = "url", nullable = false, length = MAX_URL_LENGTH)
    private String url;

    /** The event names, separated by commas. */
    @Column(name = "events", nullable = false, length = 200)
    private String events;

    @Column(name = "secret", nullable = false, length = 64)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "stopped_by", length = 100)
    private String stoppedBy;

    protected Webhook() {}

    public Webhook(
            UUID partnerId,
            String url,
            Collection<OrganisationEvent.Kind> events,
            String secret,
            String createdBy,
            Instant createdAt) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A webhook receives at least one event");
        }
        this.id = UUID.randomUUID();
        this.partnerId = partnerId;
        this.url = url;
        this.events = EnumSet.copyOf(events).stream().map(Enum::name).collect(Collectors.joining(","));
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Stops deliveries for good. */
    public void stop(String by, Instant at) {
        if (stoppedAt == null) {
            stoppedAt = at;
            stoppedBy = by;
        }
    }

    public boolean isStopped() {
        return stoppedAt != null;
    }

    public Set<OrganisationEvent.Kind> events() {
        return parse(events);
    }

    /** The event names of the column, in their declared order. */
    public static Set<OrganisationEvent.Kind> parse(String events) {
        return Arrays.stream(events.split(","))
                .map(OrganisationEvent.Kind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganisationEvent.Kind.class)));
    }

    public UUID getId() {
        return id;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public String getUrl() {
        return url;
    }

    public String getSecret() {
        return secret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
