package io.partnerdesk.servicehealth.api;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.servicehealth.application.ImportResult;
import io.partnerdesk.servicehealth.application.ServiceHealthService;
import io.partnerdesk.servicehealth.domain.HealthStatus;
import io.partnerdesk.servicehealth.domain.IncidentPost;
import io.partnerdesk.servicehealth.domain.ServiceIncident;
import io.partnerdesk.shared.BusinessException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The JSON shapes of service health, incidents and service management. */
public final class ServiceHealthDtos {

    private ServiceHealthDtos() {}

    /** A service's health; status is Graph's (e.g. serviceDegradation), null until the feed reported it. */
    public record ServiceHealthDto(
            UUID serviceId,
            String serviceName,
            String status,
            String level,
            Instant updatedAt,
            long impactedCustomerCount,
            long activeIncidentCount) {
        static ServiceHealthDto of(ServiceHealthService.ServiceStatus s) {
            return new ServiceHealthDto(
                    s.service().getId(),
                    s.service().getName(),
                    graph(s.status()),
                    s.status() == null ? null : s.status().level().name(),
                    s.updatedAt(),
                    s.customers(),
                    s.activeIncidents());
        }
    }

    /** The health of one of a customer's services. */
    public record CustomerServiceHealthDto(
            UUID serviceId, String serviceName, String status, Instant updatedAt, List<String> activeIncidentIds) {
        static CustomerServiceHealthDto of(ServiceHealthService.ManagedService m) {
            return new CustomerServiceHealthDto(
                    m.service().getId(),
                    m.service().getName(),
                    graph(m.status()),
                    m.updatedAt(),
                    m.activeIncidents().stream().map(ServiceIncident::getId).toList());
        }
    }

    /** A post of an incident's timeline. */
    public record PostDto(Instant publishedDateTime, String text) {
        static PostDto of(IncidentPost p) {
            return new PostDto(p.getPublishedAt(), p.getContent());
        }
    }

    /** A customer an incident touches. */
    public record CustomerRefDto(UUID id, String companyName) {
        static CustomerRefDto of(Customer c) {
            return new CustomerRefDto(c.getId(), c.getCompanyName());
        }
    }

    /** An incident; the detail also names the impacted customers the caller may see. */
    public record IncidentDto(
            String id,
            String title,
            UUID serviceId,
            String serviceName,
            String status,
            String classification,
            String impactDescription,
            Instant startDateTime,
            Instant endDateTime,
            boolean isResolved,
            long impactedCustomerCount,
            List<PostDto> posts,
            List<CustomerRefDto> impactedCustomers) {

        static IncidentDto of(ServiceHealthService.IncidentSummary s) {
            return of(s.incident(), s.posts(), s.impactedCustomerCount(), null);
        }

        static IncidentDto of(ServiceHealthService.IncidentDetail d) {
            return of(
                    d.incident(),
                    d.posts(),
                    d.impactedCustomers().size(),
                    d.impactedCustomers().stream().map(CustomerRefDto::of).toList());
        }

        private static IncidentDto of(
                ServiceIncident i, List<IncidentPost> posts, long count, List<CustomerRefDto> customers) {
            return new IncidentDto(
                    i.getId(),
                    i.getTitle(),
                    i.getService().getId(),
                    i.getService().getName(),
                    graph(i.getStatus()),
                    i.getClassification().name().toLowerCase(Locale.ROOT),
                    i.getImpactDescription(),
                    i.getStartAt(),
                    i.getEndAt(),
                    i.isResolved(),
                    count,
                    posts.stream().map(PostDto::of).toList(),
                    customers);
        }
    }

    /** A service of a customer, with the admin portal link when the caller may administer it. */
    public record ManagedServiceDto(
            UUID serviceId,
            String name,
            String health,
            List<String> activeIncidentIds,
            String adminPortalUrl,
            String reason) {
        static ManagedServiceDto of(ServiceHealthService.ManagedService m, String customerName) {
            return new ManagedServiceDto(
                    m.service().getId(),
                    m.service().getName(),
                    graph(m.status()),
                    m.activeIncidents().stream().map(ServiceIncident::getId).toList(),
                    m.adminPortalUrl(),
                    m.refusalCode() == null
                            ? null
                            : new BusinessException(422, m.refusalCode(), customerName).getMessage());
        }
    }

    /** A link to open a service's admin portal (after the opening was audited). */
    public record AdminPortalDto(String url) {}

    /** What an import changed. */
    public record ImportResultDto(
            int servicesChanged, int incidentsAdded, int incidentsUpdated, List<String> unmappedServices) {
        static ImportResultDto of(ImportResult r) {
            return new ImportResultDto(
                    r.servicesChanged(), r.incidentsAdded(), r.incidentsUpdated(), r.unmappedServices());
        }
    }

    static String graph(HealthStatus status) {
        return status == null ? null : status.graphName();
    }
}
