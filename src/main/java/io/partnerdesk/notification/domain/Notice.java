package io.partnerdesk.notification.domain;

import io.partnerdesk.shared.events.OrganisationNotice;
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
        StringBuilder text = new StringBuilder(key);
        for (String argument : arguments) {
            text.append(SEPARATOR).append(argument.replace(SEPARATOR, " "));
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
