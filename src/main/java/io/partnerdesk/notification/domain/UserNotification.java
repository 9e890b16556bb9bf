package io.partnerdesk.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * An in-app notification to one person: a message from the bundle with its arguments, where to
 * look, and whether they have read it.
 */
@Entity
@EntityListeners(UnreadNotificationTotals.class)
@Table(name = "user_notification")
public class UserNotification {

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The bundle key and its arguments, separated by the unit separator. */
    @Column(name = "message", nullable = false, length = StoredMessage.MAX_LENGTH)
    private String message;

    @Column(name = "link", length = 400)
    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    protected UserNotification() {}

    public UserNotification(String username, String link, String key, Object... arguments) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.createdAt = Instant.now();
        this.link = link;
        this.message = StoredMessage.of(key, Arrays.asList(arguments));
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
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

    public String getUsername() {
        return username;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getLink() {
        return link;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
