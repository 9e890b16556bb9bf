package io.partnerdesk.customer.ui;

import io.partnerdesk.customer.application.CustomerService;
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
public class CustomerChoiceConverter implements Converter<CustomerChoice> {

    @Inject
    CustomerService customers;

    private final UuidConverter ids = new UuidConverter();

    @Override
    public CustomerChoice getAsObject(FacesContext context, UIComponent component, String value) {
        UUID id = ids.getAsObject(context, component, value);
        if (id == null) {
            return null;
        }
        try {
            return CustomerChoice.of(customers.get(id).getCustomer());
        } catch (BusinessException notACustomer) {
            String text = Messages.text("customer.choice.notYours");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), notACustomer);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CustomerChoice value) {
        return value == null ? "" : value.id().toString();
    }
}
