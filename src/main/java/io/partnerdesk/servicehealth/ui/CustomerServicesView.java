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

    private UUID id;
    private transient ServiceHealthService.CustomerServices services;

    public void load() {
        if (id == null) {
            throw BusinessException.notFound("customer", "");
        }
        services = serviceHealth.servicesOf(id);
    }

    /** Audits the opening and redirects to the service's admin portal in the customer's context. */
    public void administer(UUID serviceId) {
        String url = serviceHealth.openAdminPortal(id, serviceId);
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }
}
