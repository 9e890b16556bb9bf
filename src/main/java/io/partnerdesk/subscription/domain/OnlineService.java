package io.partnerdesk.subscription.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A vendor's online service (mail, files, chat, ...) that products include. */
@Entity
@Table(name = "online_service")
public class OnlineService implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** The service's name in the vendor's service-health feed. */
    @Column(name = "feed_name", nullable = false, length = 200)
    private String feedName;

    /** The service's admin portal, with {@code {tenantId}} standing for the customer's tenant. */
    @Column(name = "admin_portal_url_template", nullable = false, length = 400)
    private String adminPortalUrlTemplate;

    protected OnlineService() {}

    public OnlineService(String name, String feedName, String adminPortalUrlTemplate) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.feedName = feedName;
        this.adminPortalUrlTemplate = adminPortalUrlTemplate;
    }

    public String adminPortalUrlFor(UUID tenantId) {
        return adminPortalUrlTemplate.replace("{tenantId}", tenantId.toString());
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getFeedName() {
        return feedName;
    }

    public String getAdminPortalUrlTemplate() {
        return adminPortalUrlTemplate;
    }
}
