package io.partnerdesk.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
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

    private static final String SEPARATOR = "\u001f";

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
    @Column(name = "message", nullable = false, length = 1000)
    private String message;

    @Column(name = "link", length = 400)
    private String link;

    protected Notice() {}

    public static Notice toPartner(UUID partnerId, String link, String key, Object... arguments) {
        Notice notice = new Notice(key, link, arguments);
        notice.partnerId = partnerId;
        return notice;
    }

    public static Notice toCustomer(UUID customerId, String link, String key, Object... arguments) {
        Notice notice = new Notice(key, link, arguments);
        notice.customerId = customerId;
        return notice;
    }

    private Notice(String key, String link, Object... arguments) {
        this.id = UUID.randomUUID();
        this.createdAt = Instant.now();
        this.link = link;
        StringBuilder text = new StringBuilder(key);
        for (Object argument : arguments) {
            text.append(SEPARATOR).append(String.valueOf(argument).replace(SEPARATOR, " "));
        }
        this.message = text.length() > 1000 ? text.substring(0, 1000) : text.toString();
    }

    public String getMessageKey() {
        return message.split(SEPARATOR, -1)[0];
    }

    public List<String> getArguments() {
        String[] parts = message.split(SEPARATOR, -1);
        return Arrays.asList(parts).subList(1, parts.length);
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
