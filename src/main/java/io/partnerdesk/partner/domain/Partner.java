package io.partnerdesk.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** A partner organisation: an indirect provider, an indirect reseller or a direct partner. */
@Entity
@Table(name = "partner")
public class Partner implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** A partner id (MPN id): 4 to 10 digits. */
    public static final String MPN_ID_PATTERN = "\\d{4,10}";

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private PartnerKind kind;

    @NotBlank
    @Pattern(regexp = MPN_ID_PATTERN)
    @Column(name = "mpn_id", nullable = false, length = 10)
    private String mpnId;

    /** Null when the operator cleared it: then nobody signs in for this partner. */
    @Size(max = 200)
    @Column(name = "directory_group", length = 200)
    private String directoryGroup;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** TRUE for the operator of the installation, NULL for every other partner (one operator at most). */
    @Column(name = "operator")
    private Boolean operator;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Partner() {}

    public Partner(String name, PartnerKind kind, String mpnId, String directoryGroup) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.kind = kind;
        this.mpnId = mpnId;
        // Stored in lower case, like the groups the sign-in looks up (V1 migration).
        this.directoryGroup = directoryGroup.toLowerCase(java.util.Locale.ROOT);
        this.createdAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public String getMpnId() {
        return mpnId;
    }

    public String getDirectoryGroup() {
        return directoryGroup;
    }

    /**
     * Makes the members of another directory group (or, with null, nobody) this partner's staff;
     * stored in lower case like every organisation's group.
     */
    public void changeDirectoryGroup(String group) {
        this.directoryGroup = group == null ? null : group.toLowerCase(java.util.Locale.ROOT);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * Whether this partner runs the installation: its global admins alone change what every
     * tenant shares (service health, incidents, catalogue, support topics).
     */
    public boolean isOperator() {
        return Boolean.TRUE.equals(operator);
    }

    /** Makes this indirect provider the installation's operator. */
    public void becomeOperator() {
        if (kind != PartnerKind.INDIRECT_PROVIDER) {
            throw new IllegalStateException("Only an indirect provider can run the installation");
        }
        this.operator = Boolean.TRUE;
    }

    public long getVersion() {
        return version;
    }
}
