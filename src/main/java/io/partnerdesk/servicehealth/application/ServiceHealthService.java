package io.partnerdesk.servicehealth.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.customer.application.CustomerService;
import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.customer.domain.CustomerRepository;
import io.partnerdesk.customer.domain.RelationshipRepository;
import io.partnerdesk.servicehealth.domain.Classification;
import io.partnerdesk.servicehealth.domain.HealthStatus;
import io.partnerdesk.servicehealth.domain.IncidentPost;
import io.partnerdesk.servicehealth.domain.ServiceHealth;
import io.partnerdesk.servicehealth.domain.ServiceHealthRepository;
import io.partnerdesk.servicehealth.domain.ServiceHealthRepository.IncidentFilter;
import io.partnerdesk.servicehealth.domain.ServiceHealthRepository.TroubledService;
import io.partnerdesk.servicehealth.domain.ServiceIncident;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.subscription.domain.OnlineService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Service health, incidents and a customer's services as the caller's organisation sees them: the
 * vendor's statuses and issues are the same for everyone, the customers they touch are only the
 * caller's own (those it has a relationship with that is not removed).
 */
@Stateless
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.HELPDESK_AGENT, Role.ADMIN_AGENT})
public class ServiceHealthService {

    static final String ADMIN_PORTAL_OPENED = "ADMIN_PORTAL_OPENED";
    /** How many troubled customers the dashboard lists; the service health pages have them all. */
    public static final int TROUBLED_CUSTOMERS_SHOWN = 10;
    /** How many customers a search for one suggests at most. */
    public static final int CUSTOMER_SUGGESTIONS = CustomerService.SUGGESTIONS;
    /** How much of a name a search for a customer needs. */
    public static final int CUSTOMER_QUERY_MIN_LENGTH = CustomerService.QUERY_MIN_LENGTH;
    /** How many weeks the dashboard's chart of incidents covers, this one included. */
    public static final int CHART_WEEKS = 12;

    @Inject
    CurrentUser currentUser;

    @Inject
    CustomerService customerService;

    @Inject
    ServiceHealthRepository repository;

    @Inject
    RelationshipRepository relationships;

    @Inject
    CustomerRepository customers;

    @Inject
    AuditLog auditLog;

    @Inject
    FeedImport feedImport;

    /** A service's current health (null status: the feed has not reported it yet). */
    public record ServiceStatus(
            OnlineService service, HealthStatus status, Instant updatedAt, long customers, long activeIncidents) {}

    /** An incident with its posts and how many of the caller's customers it touches. */
    public record IncidentSummary(ServiceIncident incident, List<IncidentPost> posts, long impactedCustomerCount) {}

    /** An incident with the caller's customers it touches. */
    public record IncidentDetail(
            ServiceIncident incident, List<IncidentPost> posts, List<Customer> impactedCustomers) {}

    /** A service one of the customer's subscriptions includes, and whether the caller may administer it. */
    public record ManagedService(
            OnlineService service,
            HealthStatus status,
            Instant updatedAt,
            List<ServiceIncident> activeIncidents,
            String adminPortalUrl,
            String refusalCode) {}

    /** The customer's services as the caller sees them. */
    public record CustomerServices(Customer customer, boolean delegatedAdmin, List<ManagedService> services) {}

    /** A customer of the caller with services in trouble. */
    public record TroubledCustomer(UUID customerId, String customerName, List<TroubledService> services) {}

    /** The first troubled customers, and whether there are more than those. */
    public record TroubledCustomers(List<TroubledCustomer> first, boolean more) {}

    /** How many incidents and advisories started in the week starting on {@code weekStart} (a Monday, UTC). */
    public record WeeklyCount(LocalDate weekStart, long incidents, long advisories) {}

    public List<ServiceStatus> overview() {
        UUID partnerId = currentUser.requirePartnerId();
        Map<UUID, ServiceHealth> health = repository.health();
        Map<UUID, Long> counts = repository.customerCountsByService(partnerId);
        Map<UUID, Long> active = repository.activeIncidentCounts();
        return repository.services().stream()
                .map(s -> {
                    ServiceHealth h = health.get(s.getId());
                    return new ServiceStatus(
                            s,
                            h == null ? null : h.getStatus(),
                            h == null ? null : h.getUpdatedAt(),
                            counts.getOrDefault(s.getId(), 0L),
                            active.getOrDefault(s.getId(), 0L));
                })
                .toList();
    }

    /** A global admin imports an uploaded feed document (audited, refused whole when malformed). */
    @RolesAllowed(Role.GLOBAL_ADMIN)
    public ImportResult importUploaded(String document, String fileName) {
        return feedImport.importDocument(document, "upload:" + fileName);
    }

    public List<OnlineService> services() {
        return repository.services();
    }

    public Page<IncidentSummary> incidents(IncidentFilter filter, int offset, int size) {
        UUID partnerId = currentUser.requirePartnerId();
        if (filter.customerId() != null) {
            visibleCustomer(partnerId, filter.customerId());
        }
        List<ServiceIncident> page = repository.incidents(filter, offset, size);
        Map<String, List<IncidentPost>> posts =
                repository.postsOf(page.stream().map(ServiceIncident::getId).toList());
        Map<UUID, Long> counts = repository.customerCountsByService(partnerId);
        return new Page<>(
                repository.countIncidents(filter),
                page.stream()
                        .map(i -> new IncidentSummary(
                                i,
                                posts.getOrDefault(i.getId(), List.of()),
                                counts.getOrDefault(i.getService().getId(), 0L)))
                        .toList());
    }

    public IncidentDetail incident(String id) {
        UUID partnerId = currentUser.requirePartnerId();
        ServiceIncident incident =
                repository.findIncident(id).orElseThrow(() -> BusinessException.notFound("incident", id));
        return new IncidentDetail(
                incident,
                incident.getPosts().stream()
                        .sorted(Comparator.comparing(IncidentPost::getPublishedAt))
                        .toList(),
                repository.customersUsing(partnerId, incident.getService().getId()));
    }

    /** The customer's services with their health and open incidents, and the admin portal links. */
    public CustomerServices servicesOf(UUID customerId) {
        CustomerRelationship relationship = visibleCustomer(currentUser.requirePartnerId(), customerId);
        Customer customer = relationship.getCustomer();
        boolean delegatedAdmin = relationship.hasDelegatedAdmin(Instant.now());
        Map<UUID, ServiceHealth> health = repository.health();
        List<OnlineService> services = repository.servicesOfCustomer(customerId);
        Map<UUID, List<ServiceIncident>> active = new LinkedHashMap<>();
        for (OnlineService service : services) {
            active.put(service.getId(), repository.incidents(new IncidentFilter(false, service.getId(), null), 0, 100));
        }
        List<ManagedService> managed = new ArrayList<>();
        for (OnlineService service : services) {
            ServiceHealth h = health.get(service.getId());
            managed.add(new ManagedService(
                    service,
                    h == null ? null : h.getStatus(),
                    h == null ? null : h.getUpdatedAt(),
                    active.get(service.getId()),
                    delegatedAdmin ? service.adminPortalUrlFor(customer.getTenantId()) : null,
                    delegatedAdmin ? null : "DELEGATED_ADMIN_REQUIRED"));
        }
        return new CustomerServices(customer, delegatedAdmin, managed);
    }

    /**
     * Rule 6: opens a service's admin portal in the customer's context, only while the caller's
     * organisation holds delegated admin privileges for it. Audited; returns the portal's address.
     */
    public String openAdminPortal(UUID customerId, UUID serviceId) {
        UUID partnerId = currentUser.requirePartnerId();
        CustomerRelationship relationship = visibleCustomer(partnerId, customerId);
        Customer customer = relationship.getCustomer();
        OnlineService service = repository.servicesOfCustomer(customerId).stream()
                .filter(s -> s.getId().equals(serviceId))
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("service", serviceId));
        if (!relationship.hasDelegatedAdmin(Instant.now())) {
            throw BusinessException.ruleBroken("DELEGATED_ADMIN_REQUIRED", customer.getCompanyName());
        }
        String url = service.adminPortalUrlFor(customer.getTenantId());
        auditLog.record(new AuditLog.Entry(
                ADMIN_PORTAL_OPENED,
                "OnlineService",
                service.getId(),
                partnerId,
                null,
                customer.getId(),
                null,
                SystemText.of("audit.value.adminPortalOpened", service.getName(), customer.getCompanyName(), url)));
        return url;
    }

    /**
     * The first of the caller's customers (by name) with services in trouble now, each with those services, and
     * whether more customers are affected.
     */
    public TroubledCustomers troubledCustomers() {
        Map<UUID, List<TroubledService>> byCustomer = new LinkedHashMap<>();
        for (TroubledService row : repository.troubled(currentUser.requirePartnerId(), TROUBLED_CUSTOMERS_SHOWN + 1)) {
            byCustomer.computeIfAbsent(row.customerId(), k -> new ArrayList<>()).add(row);
        }
        List<TroubledCustomer> customers = byCustomer.values().stream()
                .map(rows -> new TroubledCustomer(
                        rows.get(0).customerId(), rows.get(0).customerName(), List.copyOf(rows)))
                .toList();
        return customers.size() > TROUBLED_CUSTOMERS_SHOWN
                ? new TroubledCustomers(customers.subList(0, TROUBLED_CUSTOMERS_SHOWN), true)
                : new TroubledCustomers(customers, false);
    }

    /** Incidents and advisories per week over the last {@code weeks} weeks, oldest first. */
    public List<WeeklyCount> incidentsPerWeek(int weeks) {
        LocalDate thisWeek = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(weeks - 1L);
        long[] incidents = new long[weeks];
        long[] advisories = new long[weeks];
        for (Object[] row : repository.incidentStartsSince(
                first.atStartOfDay(ZoneOffset.UTC).toInstant())) {
            LocalDate day = LocalDate.ofInstant((Instant) row[0], ZoneOffset.UTC);
            int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(first, day);
            if (week >= 0 && week < weeks) {
                if (row[1] == Classification.INCIDENT) {
                    incidents[week]++;
                } else {
                    advisories[week]++;
                }
            }
        }
        List<WeeklyCount> counts = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            counts.add(new WeeklyCount(first.plusWeeks(i), incidents[i], advisories[i]));
        }
        return counts;
    }

    /** Up to {@link #CUSTOMER_SUGGESTIONS} of the caller's customers whose name or domain contains {@code text}. */
    public List<Customer> customersMatching(String text) {
        return customerService.matching(text);
    }

    /** One of the caller's customers; 404 for any other. */
    public Customer customer(UUID customerId) {
        return visibleCustomer(currentUser.requirePartnerId(), customerId).getCustomer();
    }

    private CustomerRelationship visibleCustomer(UUID partnerId, UUID customerId) {
        return relationships
                .findVisible(partnerId, customerId)
                .orElseThrow(() -> BusinessException.notFound("customer", customerId));
    }
}
