package io.partnerdesk.shared.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} when the portal's public address is https. web.xml cannot
 * depend on configuration, so this is decided while the application starts, before any session.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        apply(SecurityHeaders.fromConfiguration(), event.getServletContext());
    }

    static void apply(SecurityHeaders headers, ServletContext context) {
        if (headers.https()) {
            context.getSessionCookieConfig().setSecure(true);
        }
    }
}
