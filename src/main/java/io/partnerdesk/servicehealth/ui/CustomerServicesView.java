package io.partnerdesk.servicehealth.ui;

import io.partnerdesk.servicehealth.application.ServiceHealthService;
import io.partnerdesk.shared.BusinessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * A customer's service management ({@code /servicehealth/customer.xhtml?id=...}): the services its
 * subscriptions include with their health and open incidents, and Administer, which records the
 * opening of the admin portal before sending the person there.
 */
@Named
@ViewScoped
public class CustomerServicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceHealthService serviceHealth;

    private String id;
    private transient ServiceHealthService.CustomerServices services;

    public void load() {
        try {
            services = serviceHealth.servicesOf(customerId());
        } catch (BusinessException refused) {
            HealthFormat.show(refused);
        }
    }

    /** Audits the opening and redirects to the service's admin portal in the customer's context. */
    public void administer(UUID serviceId) {
        try {
            String url = serviceHealth.openAdminPortal(customerId(), serviceId);
            FacesContext.getCurrentInstance().getExternalContext().redirect(url);
        } catch (BusinessException refused) {
            HealthFormat.show(refused);
            load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UUID customerId() {
        try {
            return UUID.fromString(id == null ? "" : id.trim());
        } catch (IllegalArgumentException e) {
            throw BusinessException.notFound("customer", id);
        }
    }

    public boolean isFound() {
        return services != null;
    }

    public ServiceHealthService.CustomerServices getServices() {
        if (services == null && id != null) {
            load();
        }
        return services;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
