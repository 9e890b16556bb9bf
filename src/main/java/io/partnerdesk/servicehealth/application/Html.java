package io.partnerdesk.servicehealth.application;

import java.util.regex.Pattern;

/** Turns the feed's HTML post bodies into plain text, which pages show escaped. */
final class Html {

    private static final Pattern BREAKS = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6])\\s*/?>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private Html() {}

    static String toText(String html) {
        String text = BREAKS.matcher(html).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        return BLANK_LINES.matcher(text.strip()).replaceAll("\n\n");
    }
}
