package io.partnerdesk.shared.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A directory account as PartnerDesk last saw it at sign-in: who it is, which organisation it
 * belongs to and which roles it held. Used to show names and to pick colleagues; the directory
 * stays the authority on passwords and groups.
 */
@Entity
@Table(name = "directory_user")
public class DirectoryUser implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "username", length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "partner_id", length = 36)
    private UUID partnerId;

    @Column(name = "customer_id", length = 36)
    private UUID customerId;

    @Column(name = "roles", nullable = false, length = 400)
    private String roles;

    @Column(name = "last_sign_in_at", nullable = false)
    private Instant lastSignInAt;

    protected DirectoryUser() {}

    public DirectoryUser(String username) {
        this.username = username;
    }

    void update(String displayName, String email, UUID partnerId, UUID customerId, String roles, Instant at) {
        this.displayName = displayName;
        this.email = email;
        this.partnerId = partnerId;
        this.customerId = customerId;
        this.roles = roles;
        this.lastSignInAt = at;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public String getRoles() {
        return roles;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }
}
