package io.partnerdesk.servicehealth.ui;

import io.partnerdesk.customer.ui.CustomerChoice;
import io.partnerdesk.servicehealth.application.ServiceHealthService;
import io.partnerdesk.servicehealth.application.ServiceHealthService.IncidentSummary;
import io.partnerdesk.servicehealth.domain.ServiceHealthRepository.IncidentFilter;
import io.partnerdesk.shared.Page;
import io.partnerdesk.subscription.domain.OnlineService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The incident list ({@code /servicehealth/incidents.xhtml}): active or resolved, by service and by
 * customer, loaded a page at a time. The filters are view parameters, so a filtered list can be linked.
 */
@Named
@ViewScoped
public class IncidentListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceHealthService serviceHealth;

    private String status = "active";
    private UUID serviceId;
    private UUID customerId;
    private List<OnlineService> services = List.of();
    private CustomerChoice customer;
    private final Incidents incidents = new Incidents();

    public void load() {
        services = serviceHealth.services();
        if (customerId != null && customer == null) {
            customer = CustomerChoice.of(serviceHealth.customer(customerId));
        }
    }

    /** The caller's customers matching what was typed in the filter (a short list, by name). */
    public List<CustomerChoice> completeCustomer(String text) {
        return serviceHealth.customersMatching(text).stream()
                .map(CustomerChoice::of)
                .toList();
    }

    /** The filter's customer was chosen or cleared. */
    public void customerChosen() {
        customerId = customer == null ? null : customer.id();
    }

    /** Pages through the incidents the filters select, asking the service for one page at a time. */
    public class Incidents extends LazyDataModel<IncidentSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) serviceHealth.incidents(filter(), 0, 1).totalCount();
        }

        @Override
        public List<IncidentSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<IncidentSummary> page = serviceHealth.incidents(filter(), first, pageSize);
            setRowCount((int) page.totalCount());
            return page.items();
        }

        @Override
        public String getRowKey(IncidentSummary row) {
            return row.incident().getId();
        }
    }

    private IncidentFilter filter() {
        Boolean resolved = "resolved".equals(status) ? Boolean.TRUE : "active".equals(status) ? Boolean.FALSE : null;
        return new IncidentFilter(resolved, serviceId, customerId);
    }

    public Incidents getIncidents() {
        return incidents;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public void setServiceId(UUID serviceId) {
        this.serviceId = serviceId;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public void setCustomerId(UUID customerId) {
        this.customerId = customerId;
    }

    public List<OnlineService> getServices() {
        return services;
    }

    public CustomerChoice getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerChoice customer) {
        this.customer = customer;
    }

    public int getCustomerSuggestions() {
        return ServiceHealthService.CUSTOMER_SUGGESTIONS;
    }

    public int getCustomerQueryMinLength() {
        return ServiceHealthService.CUSTOMER_QUERY_MIN_LENGTH;
    }
}
