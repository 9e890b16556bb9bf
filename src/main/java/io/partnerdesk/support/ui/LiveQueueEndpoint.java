package io.partnerdesk.support.ui;

import io.partnerdesk.shared.security.PortalAuthenticationMechanism;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.shared.security.SignedInAccount;
import io.partnerdesk.support.application.LiveQueue;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * The WebSocket a queue or request page listens on ({@code /support/live}, behind the support pages'
 * roles): it receives {@code {"kind":…,"id":…}} for each change to a request of the signed-in
 * person's organisation. Who listens is read from the page's signed-in session at the handshake,
 * never from anything the page sends; the page sends nothing. A handshake from another site's page
 * (its {@code Origin} is not the portal's) hears nothing.
 */
@ServerEndpoint(value = "/support/live", configurator = LiveQueueEndpoint.SignedInSession.class)
public class LiveQueueEndpoint {

    static final String ACCOUNT = "partnerdesk.live.account";

    @Inject
    LiveQueue liveQueue;

    private UUID partnerId;

    /** Keeps the signed-in account of the handshake's session for {@link #open}. */
    public static class SignedInSession extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            if (!sameOrigin(first(request, "Origin"), first(request, "Host"))) {
                // Another site's page opening the socket with the person's cookies hears nothing.
                return;
            }
            Object session = request.getHttpSession();
            PortalAuthenticationMechanism.sessionAccount(session instanceof HttpSession s ? s : null)
                    .ifPresent(account -> config.getUserProperties().put(ACCOUNT, account));
        }
    }

    private static String first(HandshakeRequest request, String header) {
        return request.getHeaders().entrySet().stream()
                .filter(e ->
                        e.getKey().equalsIgnoreCase(header) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    /** A browser names the page's origin; it must be the portal itself. */
    static boolean sameOrigin(String origin, String host) {
        if (origin == null || host == null) {
            return false;
        }
        try {
            String authority = java.net.URI.create(origin.trim()).getAuthority();
            return authority != null && authority.equalsIgnoreCase(host.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @OnOpen
    public void open(Session page, EndpointConfig config) throws IOException {
        // The handshake's properties are the connection's own (WebSocket 2.1); that they name the
        // principal the container authenticated for this very connection is checked all the same.
        Optional<SignedInAccount> account = Optional.ofNullable(
                        (SignedInAccount) config.getUserProperties().remove(ACCOUNT))
                .filter(a -> page.getUserPrincipal() != null
                        && a.username().equals(page.getUserPrincipal().getName()));
        if (account.isEmpty()
                || account.get().partnerId() == null
                || Role.SUPPORT_ROLES.stream().noneMatch(account.get().roles()::contains)) {
            page.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "support staff only"));
            return;
        }
        partnerId = account.get().partnerId();
        page.setMaxTextMessageBufferSize(64);
        page.setMaxIdleTimeout(0);
        liveQueue.opened(partnerId, page);
    }

    /** A page has nothing to say; whatever it sends is ignored. */
    @OnMessage
    public void ignored(String text) {
        // Nothing a page sends changes what it hears.
    }

    @OnClose
    public void close(Session page) {
        if (partnerId != null) {
            liveQueue.closed(partnerId, page);
        }
    }

    @OnError
    public void failed(Session page, Throwable error) {
        close(page);
    }
}
