package io.partnerdesk.notification.ui;

import io.partnerdesk.notification.application.UserNotifications;
import io.partnerdesk.notification.domain.UserNotification;
import io.partnerdesk.shared.web.TextParts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** The signed-in person's notifications ({@code WEB-INF/includes/notifications.xhtml}), newest first. */
@Named
@RequestScoped
public class NotificationsView {

    /** How many the list shows. */
    static final int SHOWN = 10;

    @Inject
    UserNotifications notifications;

    private UserNotifications.Inbox inbox;

    @Inject
    TextParts textParts;

    /** One notification as the list shows it: its text in pieces (the portal's words, and data). */
    public record Line(List<TextParts.Part> parts, String link, Instant at, boolean read) {}

    private UserNotifications.Inbox inbox() {
        if (inbox == null) {
            inbox = notifications.mine(0, SHOWN);
        }
        return inbox;
    }

    public List<Line> getItems() {
        return inbox().items().stream().map(this::line).toList();
    }

    public long getUnread() {
        return inbox().unread();
    }

    public void markAllRead() {
        notifications.markAllRead();
        inbox = null;
    }

    private Line line(UserNotification n) {
        return new Line(textParts.of(n.getMessageKey(), n.getArguments()), n.getLink(), n.getCreatedAt(), n.isRead());
    }
}
