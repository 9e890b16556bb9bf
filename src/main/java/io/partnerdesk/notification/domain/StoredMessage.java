package io.partnerdesk.notification.domain;

import io.partnerdesk.shared.SystemText;
import java.util.Arrays;
import java.util.List;

/**
 * How a notice or notification keeps its text: the bundle key and its arguments in one column,
 * separated by the unit separator, so that each reader sees it in their own language. Kept to the
 * column's 1000 characters.
 */
final class StoredMessage {

    static final int MAX_LENGTH = 1000;
    private static final String SEPARATOR = "\u001f";

    private StoredMessage() {}

    static String of(String key, List<?> arguments) {
        StringBuilder text = new StringBuilder(key);
        for (Object argument : arguments) {
            text.append(SEPARATOR).append(SystemText.storable(argument).replace(SEPARATOR, " "));
        }
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text.toString();
    }

    static String key(String stored) {
        return stored.split(SEPARATOR, -1)[0];
    }

    static List<String> arguments(String stored) {
        String[] parts = stored.split(SEPARATOR, -1);
        return Arrays.asList(parts).subList(1, parts.length);
    }
}
