package io.partnerdesk.notification.api;

import io.partnerdesk.notification.application.UserNotifications;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.api.Paging;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own notifications. */
@Path("notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.GLOBAL_ADMIN,
    Role.ADMIN_AGENT,
    Role.HELPDESK_AGENT,
    Role.SALES_AGENT,
    Role.USER_MANAGEMENT_ADMIN,
    Role.CUSTOMER_ADMIN
})
public class NotificationResource {

    @Inject
    UserNotifications notifications;

    /** One notification: its bundle key, its arguments as English writes them, and its link. */
    public record NotificationDto(
            UUID id, Instant createdDateTime, String messageKey, List<String> arguments, String link, boolean read) {}

    /** The caller's notifications, newest first, and how many are unread. */
    public record InboxDto(long unread, List<NotificationDto> items) {}

    @GET
    @Operation(summary = "The caller's notifications, newest first")
    public InboxDto list(@QueryParam("offset") Integer offset, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(offset, size);
        UserNotifications.Inbox inbox = notifications.mine(paging.offset(), paging.size());
        return new InboxDto(
                inbox.unread(),
                inbox.items().stream()
                        .map(n -> new NotificationDto(
                                n.getId(),
                                n.getCreatedAt(),
                                n.getMessageKey(),
                                n.getArguments().stream()
                                        .map(SystemText::english)
                                        .toList(),
                                n.getLink(),
                                n.isRead()))
                        .toList());
    }

    @POST
    @Path("read")
    @Operation(summary = "Marks all the caller's notifications read")
    public InboxDto markRead() {
        notifications.markAllRead();
        return list(0, Paging.DEFAULT_SIZE);
    }
}
