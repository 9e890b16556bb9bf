package io.partnerdesk.shared.web;

import io.partnerdesk.shared.SystemText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text of the bundle on the page in pieces: the portal's words, in the reader's language, and the
 * data among them (names, titles, addresses, what a person typed), which no language changes and
 * which the page marks as not to be translated ({@code translate="no"}):
 * {@code <ui:repeat value="#{textParts.of(key, arguments)}" var="part"><span
 * translate="#{part.data ? 'no' : 'yes'}">#{part.text}</span></ui:repeat>}.
 */
@Named
@ApplicationScoped
public class TextParts {

    /** Stands for a data argument while the text is rendered: its index between two private-use characters. */
    private static final Pattern DATA = Pattern.compile("\uE000(\\d+)\uE001");

    /** One piece of a text: the portal's words, or data. */
    public static final class Part {

        private final String text;
        private final boolean data;

        Part(String text, boolean data) {
            this.text = text;
            this.data = data;
        }

        public String getText() {
            return text;
        }

        /** A name, a number, an address or what a person typed. */
        public boolean isData() {
            return data;
        }
    }

    /** The text of {@code key} with {@code arguments} (as a notice or notification keeps them), in pieces. */
    public List<Part> of(String key, List<?> arguments) {
        Object[] marked = new Object[arguments.size()];
        for (int i = 0; i < marked.length; i++) {
            marked[i] = isData(arguments.get(i)) ? "\uE000" + i + "\uE001" : arguments.get(i);
        }
        String shown = Messages.text(key, marked);
        List<Part> parts = new ArrayList<>();
        Matcher m = DATA.matcher(shown);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(shown.substring(at, m.start()), false));
            }
            String data = String.valueOf(arguments.get(Integer.parseInt(m.group(1))));
            if (!data.isEmpty()) {
                parts.add(new Part(data, true));
            }
            at = m.end();
        }
        if (at < shown.length()) {
            parts.add(new Part(shown.substring(at), false));
        }
        return parts;
    }

    /** A stored text (a note, an audit value) in pieces: a text of the portal rendered, anything else all data. */
    public List<Part> stored(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        List<String> keyAndArguments = SystemText.keyAndArguments(stored);
        if (keyAndArguments.isEmpty()) {
            return List.of(new Part(stored, true));
        }
        return of(keyAndArguments.get(0), keyAndArguments.subList(1, keyAndArguments.size()));
    }

    /** An argument that reads the same in every language: a string that is no word, moment or text of the portal. */
    private static boolean isData(Object argument) {
        return argument instanceof String text
                && text.equals(SystemText.argument(text, key -> null, Locale.ROOT, ZoneOffset.UTC));
    }
}
