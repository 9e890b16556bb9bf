package io.partnerdesk.notification.domain;

import io.partnerdesk.shared.events.OrganisationNotice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An in-app notice to an organisation (a partner or a customer): a message from the bundle with
 * its arguments, and where to look.
 */
@Entity
@Table(name = "notification")
public class Notice implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @Column(name = "partner_id", length = 36)
    private UUID partnerId;

    @Column(name = "customer_id", length = 36)
    private UUID customerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The bundle key and its arguments, separated by the unit separator. */
    @Column(name = "message", nullable = false, length = StoredMessage.MAX_LENGTH)
    private String message;

    @Column(name = "link", length = 400)
    private String link;

    protected Notice() {}

    /** The record of a notice a feature fired. */
    public static Notice of(OrganisationNotice fired) {
        Notice notice = new Notice(fired.key(), fired.link(), fired.arguments());
        notice.partnerId = fired.partnerId();
        notice.customerId = fired.customerId();
        return notice;
    }

    private Notice(String key, String link, List<String> arguments) {
        this.id = UUID.randomUUID();
        this.createdAt = Instant.now();
        this.link = link;
        this.message = StoredMessage.of(key, arguments);
    }

    public String getMessageKey() {
        return StoredMessage.key(message);
    }

    public List<String> getArguments() {
        return StoredMessage.arguments(message);
    }

    public UUID getId() {
        return id;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getLink() {
        return link;
    }
}
