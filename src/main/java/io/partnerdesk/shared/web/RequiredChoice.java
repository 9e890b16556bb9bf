package io.partnerdesk.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.validator.ValidatorException;
import java.util.Collection;

/**
 * "Choose at least one" for a group of check boxes, as a validator rather than {@code required}:
 * PrimeFaces puts {@code aria-required} on the group's element for {@code required}, where that
 * attribute is not allowed. The label keeps its asterisk ({@code indicateRequired}).
 */
public final class RequiredChoice {

    private RequiredChoice() {}

    /** Refuses an empty choice with the bundle's {@code messageKey}, shown next to the group. */
    public static void require(Object value, String messageKey) {
        if (value == null
                || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof Object[] a && a.length == 0)) {
            throw new ValidatorException(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(messageKey), null));
        }
    }
}
