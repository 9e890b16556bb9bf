package io.partnerdesk.shared.web;

import io.partnerdesk.shared.Dates;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;

/** Shows a moment as every page writes it ({@link Dates}): the page's language, the reader's time zone. */
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
        return Dates.dateTime(value, context.getViewRoot().getLocale(), Messages.zone());
    }
}
