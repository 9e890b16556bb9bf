package io.partnerdesk.shared;

import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A text PartnerDesk writes for people to read (the reason in a notice, a note it adds to a
 * request), kept as a message key of the bundle with its arguments and rendered in each reader's
 * language. It is stored as one string: a mark, the key, and the arguments, each after a
 * separator. A stored string without the mark was written by a person, or before texts were kept
 * as keys, and is shown as it is.
 *
 * <p>An argument of any message (of a page, a notice, a notification, a refusal) is rendered for
 * the reader as well: a {@link #word word} (a status, a kind of object, a reason) becomes the
 * reader's word for it, a moment ({@link Instant}, or one kept with {@link #instant}) and a day
 * ({@link LocalDate}) are written as {@link Dates} writes them, in the reader's time zone.
 */
public final class SystemText {

    static final char MARK = '\u0002';
    static final char SEPARATOR = '\u001E';
    static final char WORD = '\u0004';
    static final char MOMENT = '\u0003';
    static final char SIZE = '\u0005';
    private static final String BUNDLE = "i18n.messages";
    private static final Pattern EMBEDDED_WORD = Pattern.compile(WORD + "([^" + WORD + "]+)" + WORD);

    private SystemText() {}

    /** The text of {@code key} with {@code arguments}, to store. */
    public static String of(String key, Object... arguments) {
        StringBuilder stored = new StringBuilder().append(MARK).append(key);
        for (Object argument : arguments) {
            stored.append(SEPARATOR).append(storable(argument));
        }
        return stored.toString();
    }

    /**
     * A text of the bundle without arguments (a status, a reason, a kind of object), as an argument
     * or inside one: "{@code word("support.day.MON") + " 09:00-18:00"}" is written "Monday 09:00-18:00"
     * or "Pazartesi 09:00-18:00".
     */
    public static String word(String key) {
        return WORD + key + WORD;
    }

    /** {@code items} as one argument, joined with ", " (words, names, times). */
    public static String list(Collection<String> items) {
        return String.join(", ", items);
    }

    /** A moment as an argument to keep in a stored text, written for each reader when shown. */
    public static String instant(Instant at) {
        return MOMENT + at.toString();
    }

    /** A day as an argument to keep in a stored text, written for each reader when shown. */
    public static String day(LocalDate day) {
        return MOMENT + day.toString();
    }

    /** A size in bytes as an argument, written for each reader in their words ("1.5 MB", "1,5 MB", "300 bytes"). */
    public static String size(long bytes) {
        return SIZE + Long.toString(bytes);
    }

    /** An argument as a stored text keeps it: moments and days marked to be written for each reader. */
    public static String storable(Object argument) {
        if (argument instanceof Instant at) {
            return instant(at);
        }
        if (argument instanceof LocalDate day) {
            return day(day);
        }
        return String.valueOf(argument);
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
                        .replace(String.valueOf(WORD), "")
                        .replace(String.valueOf(MOMENT), "")
                        .replace(String.valueOf(SIZE), "")
                        .trim();
    }

    /** A text of the system as its key followed by its arguments, as stored; empty for any other text. */
    public static List<String> keyAndArguments(String stored) {
        return isKey(stored) ? List.of(stored.substring(1).split(String.valueOf(SEPARATOR), -1)) : List.of();
    }

    /** Whether {@code stored} is a text of the system (a key with arguments). */
    public static boolean isKey(String stored) {
        return stored != null && stored.length() > 1 && stored.charAt(0) == MARK;
    }

    /**
     * {@code stored} as a reader of {@code locale} in UTC reads it: a key is looked up with {@code
     * patternOf} (which answers null for an unknown key) and formatted with its arguments, any other
     * text is returned as it is.
     */
    public static String render(String stored, UnaryOperator<String> patternOf, Locale locale) {
        return render(stored, patternOf, locale, ZoneOffset.UTC);
    }

    /** {@code stored} as a reader of {@code locale} in {@code zone} reads it. */
    public static String render(String stored, UnaryOperator<String> patternOf, Locale locale, ZoneId zone) {
        if (!isKey(stored)) {
            return String.valueOf(argument(stored, patternOf, locale, zone));
        }
        String[] parts = stored.substring(1).split(String.valueOf(SEPARATOR), -1);
        String pattern = patternOf.apply(parts[0]);
        if (pattern == null) {
            return parts[0];
        }
        Object[] arguments = Arrays.copyOfRange(parts, 1, parts.length);
        return format(pattern, patternOf, locale, zone, arguments);
    }

    /** {@code pattern} formatted with {@code arguments}, each rendered for the reader first. */
    public static String format(
            String pattern, UnaryOperator<String> patternOf, Locale locale, ZoneId zone, Object... arguments) {
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = Arrays.stream(arguments)
                .map(a -> argument(a, patternOf, locale, zone))
                .toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    /**
     * One argument of a message as the reader reads it; anything that is not a text of the system
     * stays as it is. A list (given to a message, never stored) is each of its items so rendered,
     * joined with "; ": the problems of a refusal, each a text of the system.
     */
    public static Object argument(Object argument, UnaryOperator<String> patternOf, Locale locale, ZoneId zone) {
        if (argument instanceof Collection<?> items) {
            return items.stream()
                    .map(item -> String.valueOf(argument(item, patternOf, locale, zone)))
                    .collect(Collectors.joining("; "));
        }
        if (argument instanceof Instant at) {
            return Dates.dateTime(at, locale, zone);
        }
        if (argument instanceof LocalDate day) {
            return Dates.date(day, locale);
        }
        if (argument instanceof YearMonth month) {
            return Dates.month(month, locale);
        }
        if (!(argument instanceof String text) || text.length() < 2) {
            return argument;
        }
        switch (text.charAt(0)) {
            case MARK:
                return render(text, patternOf, locale, zone);
            case MOMENT:
                try {
                    return text.length() == 11
                            ? Dates.date(LocalDate.parse(text.substring(1)), locale)
                            : Dates.dateTime(Instant.parse(text.substring(1)), locale, zone);
                } catch (DateTimeException notAMoment) {
                    return text.substring(1);
                }
            case SIZE:
                try {
                    return readableSize(Long.parseLong(text.substring(1)), patternOf, locale);
                } catch (NumberFormatException notASize) {
                    return text.substring(1);
                }
            default:
                return text.indexOf(WORD) < 0 ? text : words(text, patternOf);
        }
    }

    /** {@code text} with each word in it ({@link #word}) written as the reader's bundle says it. */
    private static String words(String text, UnaryOperator<String> patternOf) {
        StringBuilder written = new StringBuilder();
        Matcher m = EMBEDDED_WORD.matcher(text);
        while (m.find()) {
            String word = patternOf.apply(m.group(1));
            m.appendReplacement(written, Matcher.quoteReplacement(word == null ? m.group(1) : word));
        }
        m.appendTail(written);
        return written.toString().replace(String.valueOf(WORD), "");
    }

    private static String readableSize(long bytes, UnaryOperator<String> patternOf, Locale locale) {
        String key;
        Object amount;
        if (bytes >= 1024L * 1024) {
            key = "size.mb";
            amount = bytes / (1024.0 * 1024);
        } else if (bytes >= 1024) {
            key = "size.kb";
            amount = (bytes + 512) / 1024;
        } else {
            key = "size.bytes";
            amount = bytes;
        }
        String pattern = patternOf.apply(key);
        return new MessageFormat(pattern == null ? "{0} " + key.substring(5) : pattern, locale)
                .format(new Object[] {amount});
    }

    /** The text of {@code key} in the messages bundle, for a reader of {@code locale} in {@code zone}. */
    public static String message(String key, Locale locale, ZoneId zone, Object... arguments) {
        UnaryOperator<String> patternOf = patterns(locale);
        String pattern = patternOf.apply(key);
        return pattern == null ? key : format(pattern, patternOf, locale, zone, arguments);
    }

    /** {@code stored} in English, for the API and the audit log. */
    public static String english(String stored) {
        return render(stored, patterns(Locale.ROOT), Locale.ENGLISH, ZoneOffset.UTC);
    }

    /** The messages bundle's texts in {@code locale}, English where it has none; null for an unknown key. */
    public static UnaryOperator<String> patterns(Locale locale) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException none) {
            return key -> null;
        }
        return key -> bundle.containsKey(key) ? bundle.getString(key) : null;
    }
}
