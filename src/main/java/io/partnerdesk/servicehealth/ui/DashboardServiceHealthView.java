package io.partnerdesk.servicehealth.ui;

import io.partnerdesk.servicehealth.application.ServiceHealthService;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The dashboard's service health widget: the caller's customers with services in trouble, at a glance. */
@Named
@RequestScoped
public class DashboardServiceHealthView {

    @Inject
    ServiceHealthService serviceHealth;

    @Inject
    CurrentUser currentUser;

    private ServiceHealthService.TroubledCustomers troubled;

    /** Only the roles that may see service health get the widget. */
    public boolean isShown() {
        return currentUser.hasAnyRole(
                        Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.HELPDESK_AGENT, Role.ADMIN_AGENT)
                && currentUser.partnerId().isPresent();
    }

    public List<ServiceHealthService.TroubledCustomer> getTroubled() {
        return troubled().first();
    }

    /** True when more customers are affected than the widget lists. */
    public boolean isMore() {
        return troubled().more();
    }

    private ServiceHealthService.TroubledCustomers troubled() {
        if (troubled == null) {
            troubled = isShown()
                    ? serviceHealth.troubledCustomers()
                    : new ServiceHealthService.TroubledCustomers(List.of(), false);
        }
        return troubled;
    }
}
