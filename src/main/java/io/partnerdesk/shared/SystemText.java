package io.partnerdesk.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * A text PartnerDesk writes for people to read (the reason in a notice, a note it adds to a
 * request), kept as a message key of the bundle with its arguments and rendered in each reader's
 * language. It is stored as one string: a mark, the key, and the arguments, each after a
 * separator. A stored string without the mark was written by a person, or before texts were kept
 * as keys, and is shown as it is.
 */
public final class SystemText {

    static final char MARK = '\u0002';
    static final char SEPARATOR = '\u001E';
    private static final String BUNDLE = "i18n.messages";

    private SystemText() {}

    /** The text of {@code key} with {@code arguments}, to store. */
    public static String of(String key, Object... arguments) {
        StringBuilder stored = new StringBuilder().append(MARK).append(key);
        for (Object argument : arguments) {
            stored.append(SEPARATOR).append(argument);
        }
        return stored.toString();
    }

    /**
     * Text a person typed, as it is stored: trimmed, and without the mark and separator characters,
     * so that nobody can make their words pass for a text of the system.
     */
    public static String typed(String text) {
        return text == null
                ? null
                : text.replace(String.valueOf(MARK), "")
                        .replace(String.valueOf(SEPARATOR), "")
                        .trim();
    }

    /** Whether {@code stored} is a text of the system (a key with arguments). */
    public static boolean isKey(String stored) {
        return stored != null && stored.length() > 1 && stored.charAt(0) == MARK;
    }

    /**
     * {@code stored} as a reader of {@code locale} reads it: a key is looked up with {@code
     * patternOf} (which answers null for an unknown key) and formatted with its arguments, any
     * other text is returned as it is.
     */
    public static String render(String stored, UnaryOperator<String> patternOf, Locale locale) {
        if (!isKey(stored)) {
            return stored;
        }
        String[] parts = stored.substring(1).split(String.valueOf(SEPARATOR), -1);
        String pattern = patternOf.apply(parts[0]);
        if (pattern == null) {
            return parts[0];
        }
        Object[] arguments = Arrays.copyOfRange(parts, 1, parts.length);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** {@code stored} in English, for the API and e-mail. */
    public static String english(String stored) {
        return render(stored, SystemText::englishPattern, Locale.ENGLISH);
    }

    private static String englishPattern(String key) {
        try {
            return ResourceBundle.getBundle(
                            BUNDLE,
                            Locale.ROOT,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException unknown) {
            return null;
        }
    }
}
