package io.partnerdesk.customer.ui;

import io.partnerdesk.customer.application.RelationshipService;
import io.partnerdesk.customer.domain.RelationshipRequest;
import io.partnerdesk.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * A customer's admin reviews a partner's relationship request and accepts or declines it
 * ({@code /my/accept.xhtml?token=...}).
 */
@Named
@ViewScoped
public class AcceptRelationshipView implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RelationshipService relationships;

    private String token;
    private String partnerName;
    private String partnerMpnId;
    private boolean delegatedAdmin;
    private Instant expiresAt;
    private RelationshipRequest.Status status;

    public void load() {
        RelationshipRequest request = relationships.request(token);
        partnerName = request.getPartner().getName();
        partnerMpnId = request.getPartner().getMpnId();
        delegatedAdmin = request.isDelegatedAdmin();
        expiresAt = request.getExpiresAt();
        status = request.getStatus();
    }

    public void accept() {
        relationships.accept(token);
        status = RelationshipRequest.Status.ACCEPTED;
        Messages.info(null, "my.accept.accepted", partnerName);
    }

    public void decline() {
        relationships.decline(token);
        status = RelationshipRequest.Status.DECLINED;
        Messages.info(null, "my.accept.declined", partnerName);
    }

    public boolean isOpen() {
        return RelationshipRequest.isOpen(status, expiresAt, Instant.now());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public String getPartnerMpnId() {
        return partnerMpnId;
    }

    public boolean isDelegatedAdmin() {
        return delegatedAdmin;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public RelationshipRequest.Status getStatus() {
        return status;
    }
}
