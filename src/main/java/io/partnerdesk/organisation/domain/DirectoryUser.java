package io.partnerdesk.organisation.domain;

import io.partnerdesk.shared.Dates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A directory account as PartnerDesk last saw it, at sign-in or when it read the account's
 * organisation from the directory: who it is, which organisation it belongs to and which roles it
 * holds. Used to show names, to pick colleagues and to reach people with notifications; the
 * directory stays the authority on passwords and groups.
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

    /** Null for an account read from the directory that has never signed in. */
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** The language the person last read PartnerDesk in; null until known (English). */
    @Column(name = "language", length = 8)
    private String language;

    /** The time zone the person last read PartnerDesk in; null until known (UTC). */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    protected DirectoryUser() {}

    public DirectoryUser(String username) {
        this.username = username;
    }

    void update(String displayName, String email, UUID partnerId, UUID customerId, String roles, Instant at) {
        describe(displayName, email, partnerId, customerId, roles);
        this.lastSignInAt = at;
    }

    void describe(String displayName, String email, UUID partnerId, UUID customerId, String roles) {
        this.displayName = displayName;
        this.email = email;
        this.partnerId = partnerId;
        this.customerId = customerId;
        this.roles = roles;
    }

    boolean describedAs(String displayName, String email, UUID partnerId, UUID customerId, String roles) {
        return Objects.equals(this.displayName, displayName)
                && Objects.equals(this.email, email)
                && Objects.equals(this.partnerId, partnerId)
                && Objects.equals(this.customerId, customerId)
                && Objects.equals(this.roles, roles);
    }

    /** Records the language and time zone the person reads in; whether anything changed. */
    boolean readsIn(String language, String timeZone) {
        if (Objects.equals(this.language, language) && Objects.equals(this.timeZone, timeZone)) {
            return false;
        }
        this.language = language;
        this.timeZone = timeZone;
        return true;
    }

    /** The language to write to the person in: the one they last read PartnerDesk in, else English. */
    public Locale readerLocale() {
        return language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }

    /** The time zone to write times in for the person: the one they last read PartnerDesk in, else UTC. */
    public ZoneId readerZone() {
        return Dates.zone(timeZone);
    }

    /** Whether the account holds any of the roles. */
    public boolean holdsAnyOf(Collection<String> wanted) {
        return Arrays.stream(roles.split(",")).anyMatch(wanted::contains);
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
