package io.partnerdesk.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** A customer tenant: the company that buys cloud subscriptions through its partners. */
@Entity
@Table(name = "customer")
public class Customer implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @NotBlank
    @Size(max = 200)
    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    @NotBlank
    @DomainName
    @Column(name = "domain", nullable = false, length = 253)
    private String domain;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}")
    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private UUID tenantId;

    @Size(max = 200)
    @Column(name = "directory_group", length = 200)
    private String directoryGroup;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Customer() {}

    public Customer(String companyName, String domain, String country) {
        this.id = UUID.randomUUID();
        this.tenantId = UUID.randomUUID();
        this.companyName = companyName;
        this.domain = domain;
        this.country = country;
        this.createdAt = Instant.now();
    }

    /** Names the directory group whose members are this customer's admins. */
    public void linkDirectoryGroup(String group) {
        this.directoryGroup = group == null ? null : group.toLowerCase(java.util.Locale.ROOT);
    }

    public UUID getId() {
        return id;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getDomain() {
        return domain;
    }

    public String getCountry() {
        return country;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getDirectoryGroup() {
        return directoryGroup;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
