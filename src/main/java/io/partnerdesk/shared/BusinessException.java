package io.partnerdesk.shared;

import jakarta.ejb.ApplicationException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A use case refused for a reason a person can act on. Its code names the rule; its message comes
 * from the {@code i18n.failures} bundle (English for the API, the page's language in the UI). The
 * API answers it with its HTTP status; the transaction rolls back, so nothing is half done.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final int status;
    private final String code;
    private final String messageKey;
    private final transient Object[] arguments;
    private final List<Object> details;

    public BusinessException(int status, String code, List<Object> details, Object... arguments) {
        this(status, code, code, details, arguments);
    }

    /** A failure whose message is chosen more finely than its code (e.g. which condition failed). */
    public BusinessException(int status, String code, String messageKey, List<Object> details, Object... arguments) {
        super(format(messageKey, Locale.ENGLISH, arguments));
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.details = List.copyOf(details);
    }

    public BusinessException(int status, String code, Object... arguments) {
        this(status, code, List.of(), arguments);
    }

    /** 404: the object does not exist or is not the caller's to see, which look the same. */
    public static BusinessException notFound(String what, Object id) {
        return new BusinessException(404, what.toUpperCase(Locale.ROOT) + "_NOT_FOUND", id);
    }

    /** 422: well-formed, but breaks the named business rule. */
    public static BusinessException ruleBroken(String code, Object... arguments) {
        return new BusinessException(422, code, arguments);
    }

    /** 409: the current state of things does not allow it. */
    public static BusinessException conflict(String code, List<Object> details, Object... arguments) {
        return new BusinessException(409, code, details, arguments);
    }

    /** 403: the caller's organisation may not do this to an object it can see. */
    public static BusinessException forbidden(String code, Object... arguments) {
        return new BusinessException(403, code, arguments);
    }

    /**
     * 412: the object changed since the caller read it; {@code kind} names the kind of object
     * ("subscription", "supportRequest"), said in the reader's words ({@code object.<kind>}).
     */
    public static BusinessException stale(String kind) {
        return new BusinessException(412, "STALE_VERSION", SystemText.word("object." + kind));
    }

    /** The message in {@code locale}, its moments in UTC. */
    public String localizedMessage(Locale locale) {
        return localizedMessage(locale, ZoneOffset.UTC);
    }

    /** The message as a reader of {@code locale} in {@code zone} reads it, its arguments in their words. */
    public String localizedMessage(Locale locale, ZoneId zone) {
        return format(messageKey, locale, zone, arguments);
    }

    private static String format(String key, Locale locale, Object... arguments) {
        return format(key, locale, ZoneOffset.UTC, arguments);
    }

    private static String format(String key, Locale locale, ZoneId zone, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.failures", locale);
            return SystemText.format(bundle.getString(key), SystemText.patterns(locale), locale, zone, arguments);
        } catch (MissingResourceException unknown) {
            return key;
        }
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Object> details() {
        return details;
    }
}
