package io.partnerdesk.shared.events;

import io.partnerdesk.shared.SystemText;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A notice to an organisation (a partner or a customer) about a change: a message key of the
 * bundle with its arguments (moments and days kept to be written in each reader's time zone), rendered
 * in each reader's language, and the page to look at. Fired by
 * the feature that makes the change, inside its transaction; the notification feature observes it
 * and records the notice in the same transaction, so a change that rolls back tells nobody.
 */
public record OrganisationNotice(UUID partnerId, UUID customerId, String link, String key, List<String> arguments) {

    public OrganisationNotice {
        if ((partnerId == null) == (customerId == null)) {
            throw new IllegalArgumentException("A notice goes to exactly one organisation");
        }
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static OrganisationNotice toPartner(UUID partnerId, String link, String key, Object... arguments) {
        return new OrganisationNotice(partnerId, null, link, key, texts(arguments));
    }

    public static OrganisationNotice toCustomer(UUID customerId, String link, String key, Object... arguments) {
        return new OrganisationNotice(null, customerId, link, key, texts(arguments));
    }

    private static List<String> texts(Object... arguments) {
        return Arrays.stream(arguments).map(SystemText::storable).toList();
    }
}
