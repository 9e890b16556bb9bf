package io.partnerdesk.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code mailto:} links that open the person's own mail program with a prepared message. */
public final class Mailto {

    private Mailto() {}

    public static String link(String subject, String body) {
        return "mailto:?subject=" + encode(subject) + "&body=" + encode(body);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
