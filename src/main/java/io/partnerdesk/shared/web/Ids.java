package io.partnerdesk.shared.web;

import io.partnerdesk.shared.BusinessException;
import java.util.UUID;

/** Ids in page addresses: a malformed one is answered like an unknown one, with the 404 page. */
public final class Ids {

    private Ids() {}

    public static UUID parse(String text, String what) {
        try {
            return UUID.fromString(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            throw BusinessException.notFound(what, text);
        }
    }
}
