package io.partnerdesk.support.ui;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.support.application.ServiceRequestService;
import io.partnerdesk.support.domain.ServiceRequest;
import io.partnerdesk.support.domain.ServiceRequestType;
import io.partnerdesk.support.domain.Severity;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Filing a service request on behalf of a customer ({@code /support/servicerequest-new.xhtml?customer=}),
 * linked from the customer's page.
 */
@Named
@ViewScoped
public class NewServiceRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRequestService serviceRequests;

    private UUID customer;
    private String customerName;
    private boolean delegatedAdmin;
    private List<SupportQueueView.Option> topics = List.of();
    private List<SupportQueueView.Option> products = List.of();

    private ServiceRequestType type = ServiceRequestType.TECHNICAL;
    private String topic;
    private String product;
    private Severity severity = Severity.B;
    private String title;
    private String description;

    public void load() {
        if (customer == null) {
            throw BusinessException.notFound("customer", "");
        }
        var relationship = serviceRequests.customer(customer);
        customerName = relationship.getCustomer().getCompanyName();
        delegatedAdmin = relationship.hasDelegatedAdmin(java.time.Instant.now());
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        topics = serviceRequests.topics().stream()
                .map(t -> new SupportQueueView.Option(
                        t.getId().toString(),
                        t.name(locale) + " ("
                                + Messages.text("support.type." + t.getType().name()) + ")"))
                .toList();
        products = serviceRequests.products().stream()
                .map(p -> new SupportQueueView.Option(p.getId().toString(), p.getName()))
                .toList();
    }

    public void file() throws IOException {
        ServiceRequest filed = serviceRequests.file(
                customer,
                new ServiceRequestService.NewServiceRequest(
                        type,
                        topic == null || topic.isBlank() ? null : UUID.fromString(topic),
                        product == null || product.isBlank() ? null : UUID.fromString(product),
                        title,
                        description,
                        severity));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        Messages.info(null, "support.serviceRequest.filed", filed.getTitle());
        external.redirect(external.getRequestContextPath() + "/support/servicerequest.xhtml?id=" + filed.getId());
    }

    public ServiceRequestType[] getTypes() {
        return ServiceRequestType.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public UUID getCustomer() {
        return customer;
    }

    public void setCustomer(UUID customer) {
        this.customer = customer;
    }

    public String getCustomerName() {
        return customerName;
    }

    public boolean isDelegatedAdmin() {
        return delegatedAdmin;
    }

    public List<SupportQueueView.Option> getTopics() {
        return topics;
    }

    public List<SupportQueueView.Option> getProducts() {
        return products;
    }

    public ServiceRequestType getType() {
        return type;
    }

    public void setType(ServiceRequestType type) {
        this.type = type;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
