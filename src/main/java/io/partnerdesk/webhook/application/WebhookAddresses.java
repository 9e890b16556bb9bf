package io.partnerdesk.webhook.application;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.persistence.RuntimeMode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which addresses a webhook may post to: {@code https} only, to hosts on the public internet, so that
 * a partner cannot make the portal call into the network it runs in. The operator may allow origins
 * ({@code scheme://host[:port]}, a missing port meaning any) that break either rule:
 * {@code partnerdesk.webhooks.allowed-origins}; the embedded run allows {@code http://127.0.0.1} so
 * that a receiver on one's own machine can be tried. The address is judged when the webhook is
 * registered and again before every delivery (a host may resolve elsewhere later).
 */
@ApplicationScoped
public class WebhookAddresses {

    /** Why an address is refused; each is the code of the API's 422. */
    public enum Refusal {
        WEBHOOK_URL_INVALID,
        WEBHOOK_URL_NOT_HTTPS,
        WEBHOOK_URL_UNRESOLVED,
        WEBHOOK_URL_PRIVATE
    }

    /** Resolves a host name (the system's resolver, or a test's). */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Origins separated by commas (this runtime injects no optional lists). */
    @Inject
    @ConfigProperty(name = "partnerdesk.webhooks.allowed-origins")
    Optional<String> configuredOrigins;

    @Inject
    RuntimeMode runtimeMode;

    private List<String> allowedOrigins = List.of();
    private Resolver resolver = InetAddress::getAllByName;

    protected WebhookAddresses() {}

    /** For tests. */
    WebhookAddresses(List<String> allowedOrigins, Resolver resolver) {
        this.allowedOrigins = normalised(allowedOrigins);
        this.resolver = resolver;
    }

    @PostConstruct
    void init() {
        allowedOrigins = normalised(configuredOrigins
                .map(origins -> List.of(origins.split(",")))
                .orElseGet(() -> runtimeMode.isEmbeddedDatabase() ? List.of("http://127.0.0.1") : List.of()));
    }

    /** The address as a URI, or a 422 that says what is wrong with it. */
    public URI require(String url) {
        URI uri = parse(url);
        judge(uri).ifPresent(refusal -> {
            throw BusinessException.ruleBroken(refusal.name(), url);
        });
        return uri;
    }

    /** Why the address is refused now, if it is. */
    public Optional<Refusal> judge(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!(scheme.equals("https") || scheme.equals("http"))
                || host == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return Optional.of(Refusal.WEBHOOK_URL_INVALID);
        }
        boolean allowed = isAllowedOrigin(scheme, host, uri.getPort());
        if (!allowed && !scheme.equals("https")) {
            return Optional.of(Refusal.WEBHOOK_URL_NOT_HTTPS);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of(Refusal.WEBHOOK_URL_UNRESOLVED);
        }
        if (!allowed && Arrays.stream(addresses).anyMatch(WebhookAddresses::isPrivate)) {
            return Optional.of(Refusal.WEBHOOK_URL_PRIVATE);
        }
        return Optional.empty();
    }

    static URI parse(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if (!uri.isAbsolute() || uri.isOpaque()) {
                throw BusinessException.ruleBroken(Refusal.WEBHOOK_URL_INVALID.name(), url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw BusinessException.ruleBroken(Refusal.WEBHOOK_URL_INVALID.name(), url);
        }
    }

    private boolean isAllowedOrigin(String scheme, String host, int port) {
        String withPort = scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + effectivePort(scheme, port);
        String anyPort = scheme + "://" + host.toLowerCase(Locale.ROOT);
        return allowedOrigins.contains(withPort) || allowedOrigins.contains(anyPort);
    }

    private static int effectivePort(String scheme, int port) {
        return port >= 0 ? port : scheme.equals("https") ? 443 : 80;
    }

    private static List<String> normalised(List<String> origins) {
        return origins.stream()
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .map(o -> o.toLowerCase(Locale.ROOT))
                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                .toList();
    }

    /**
     * Loopback, private, link-local, carrier-grade NAT, unique-local, multicast and unspecified
     * addresses: everything but the public internet.
     */
    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
            return false;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198 && (second & 0xfe) == 18);
    }
}
