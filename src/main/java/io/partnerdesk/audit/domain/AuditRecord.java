package io.partnerdesk.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Who changed what, when, from which value to which. Written in the same transaction as the change
 * and never updated. It belongs to the acting organisation and, where a change concerns another
 * partner too (a reseller made support contact), to that one as well.
 */
@Entity
@EntityListeners(AuditRecordTotals.class)
@Table(name = "audit_record")
public class AuditRecord implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "partner_id", length = 36)
    private UUID partnerId;

    @Column(name = "related_partner_id", length = 36)
    private UUID relatedPartnerId;

    @Column(name = "customer_id", length = 36)
    private UUID customerId;

    @Column(name = "action", nullable = false, length = 60)
    private String action;

    @Column(name = "resource_type", nullable = false, length = 60)
    private String resourceType;

    @Column(name = "resource_id", nullable = false, length = 100)
    private String resourceId;

    @Column(name = "old_value", length = 2000)
    private String oldValue;

    @Column(name = "new_value", length = 2000)
    private String newValue;

    protected AuditRecord() {}

    public AuditRecord(
            Instant at,
            String actor,
            UUID partnerId,
            UUID relatedPartnerId,
            UUID customerId,
            String action,
            String resourceType,
            String resourceId,
            String oldValue,
            String newValue) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.actor = actor;
        this.partnerId = partnerId;
        this.relatedPartnerId = relatedPartnerId;
        this.customerId = customerId;
        this.action = action;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.oldValue = truncate(oldValue);
        this.newValue = truncate(newValue);
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 1997) + "...";
    }

    public UUID getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public UUID getRelatedPartnerId() {
        return relatedPartnerId;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public String getAction() {
        return action;
    }

    public String getResourceType() {
        return resourceType;
    }

    public String getResourceId() {
        return resourceId;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
