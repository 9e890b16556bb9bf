package io.partnerdesk.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows an instant as a date and time in UTC, formatted for the page's language. */
@FacesConverter("partnerdesk.instant")
public class InstantConverter implements Converter<Instant> {

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("Instants are only shown, never entered, on PartnerDesk's pages");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(context.getViewRoot().getLocale())
                        .withZone(ZoneOffset.UTC)
                        .format(value)
                + " UTC";
    }
}
