package io.partnerdesk.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's address as the operator configured it. Every absolute link the portal hands out
 * (invitations, e-mails, the location of a created resource) starts with it, never with the host a
 * request named: a request's {@code Host} or {@code X-Forwarded-Host} is the client's to choose, so a
 * link built from it could send an invited person to someone else's site.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "partnerdesk.public-url", defaultValue = "http://localhost:8080/")
    String configured;

    /** The configured address, always ending with a slash. */
    public String base() {
        return configured.endsWith("/") ? configured : configured + "/";
    }

    /** An absolute link to a path of the portal; a leading slash on the path is optional. */
    public String link(String path) {
        return base() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The same link as a URI, for a {@code Location} header. */
    public URI uri(String path) {
        return URI.create(link(path));
    }
}
