package io.partnerdesk.support.domain;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.subscription.domain.Product;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A partner's request to the vendor on behalf of a customer: commercial (any partner) or technical
 * (only through a support plan the partner holds), maybe escalating one of its support requests.
 */
@Entity
@EntityListeners(ServiceRequestTotals.class)
@Table(name = "service_request")
public class ServiceRequest {

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "support_request_id")
    private SupportRequest supportRequest;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private ServiceRequestType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "support_topic_id")
    private SupportTopic supportTopic;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "title", nullable = false, length = SupportRequest.MAX_TITLE)
    private String title;

    @Column(name = "description", nullable = false, length = SupportRequest.MAX_TEXT)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 1)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ServiceRequestStatus status;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "initial_response_due", nullable = false)
    private Instant initialResponseDue;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "service_request_note", joinColumns = @JoinColumn(name = "service_request_id"))
    @OrderColumn(name = "seq")
    private List<Note> notes = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ServiceRequest() {}

    public ServiceRequest(
            Customer customer,
            Partner partner,
            SupportRequest supportRequest,
            ServiceRequestType type,
            SupportTopic supportTopic,
            Product product,
            String title,
            String description,
            Severity severity,
            String createdBy,
            Instant at) {
        this.id = UUID.randomUUID();
        this.customer = customer;
        this.partner = partner;
        this.supportRequest = supportRequest;
        this.type = type;
        this.supportTopic = supportTopic;
        this.product = product;
        this.title = title.trim();
        this.description = description.trim();
        this.severity = severity;
        this.status = ServiceRequestStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.changedAt = at;
        this.initialResponseDue = SlaClock.vendorResponseDue(severity, at);
    }

    public void addNote(Note note) {
        notes.add(note);
        changedAt = note.getCreatedAt();
    }

    public ServiceRequestStatus changeStatus(ServiceRequestStatus to, Instant at) {
        ServiceRequestStatus from = status;
        status = to;
        changedAt = at;
        return from;
    }

    public UUID getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Partner getPartner() {
        return partner;
    }

    public SupportRequest getSupportRequest() {
        return supportRequest;
    }

    public ServiceRequestType getType() {
        return type;
    }

    public SupportTopic getSupportTopic() {
        return supportTopic;
    }

    public Product getProduct() {
        return product;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Severity getSeverity() {
        return severity;
    }

    public ServiceRequestStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Instant getInitialResponseDue() {
        return initialResponseDue;
    }

    public List<Note> getNotes() {
        return Collections.unmodifiableList(notes);
    }

    public long getVersion() {
        return version;
    }
}
