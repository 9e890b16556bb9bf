package io.partnerdesk.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.MalformedURLException;
import java.net.URL;

/** For tests inside the server: the portal's own REST API, over loopback HTTP. */
@ApplicationScoped
public class LocalApi {

    @Inject
    HttpServletRequest request;

    @Produces
    @RequestScoped
    Api api() throws MalformedURLException {
        return new Api(new URL("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/"));
    }
}
