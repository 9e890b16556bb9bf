package io.partnerdesk.servicehealth.domain;

import io.partnerdesk.subscription.domain.OnlineService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An online service's current health, as the vendor's feed last reported it. */
@Entity
@Table(name = "service_health")
public class ServiceHealth {

    @Id
    @Column(name = "service_id", length = 36)
    private UUID serviceId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", insertable = false, updatable = false)
    private OnlineService service;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 40)
    private HealthStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ServiceHealth() {}

    public ServiceHealth(OnlineService service, HealthStatus status, Instant at) {
        this.serviceId = service.getId();
        this.service = service;
        this.status = status;
        this.updatedAt = at;
    }

    /** Takes the reported status; true when it differs from the current one. */
    public boolean report(HealthStatus reported, Instant at) {
        if (reported == status) {
            return false;
        }
        status = reported;
        updatedAt = at;
        return true;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public OnlineService getService() {
        return service;
    }

    public HealthStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
