package io.partnerdesk.servicehealth.ui;

import io.partnerdesk.servicehealth.application.ServiceHealthService;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.shared.web.UuidConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/**
 * The customer filter submits a customer's id; it becomes a choice only if the customer is one of
 * the caller's (the service checks), so a forged id chooses nothing.
 */
@Named
@ApplicationScoped
public class CustomerChoiceConverter implements Converter<IncidentListView.CustomerChoice> {

    @Inject
    ServiceHealthService serviceHealth;

    private final UuidConverter ids = new UuidConverter();

    @Override
    public IncidentListView.CustomerChoice getAsObject(FacesContext context, UIComponent component, String value) {
        UUID id = ids.getAsObject(context, component, value);
        if (id == null) {
            return null;
        }
        try {
            return IncidentListView.CustomerChoice.of(serviceHealth.customer(id));
        } catch (BusinessException notACustomer) {
            String text = Messages.text("servicehealth.incidents.notYourCustomer");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), notACustomer);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, IncidentListView.CustomerChoice value) {
        return value == null ? "" : value.id().toString();
    }
}
