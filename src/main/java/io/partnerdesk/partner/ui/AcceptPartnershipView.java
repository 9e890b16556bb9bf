package io.partnerdesk.partner.ui;

import io.partnerdesk.partner.application.PartnershipService;
import io.partnerdesk.partner.domain.PartnershipInvitation;
import io.partnerdesk.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A reseller's admin reviews and accepts a provider's invitation ({@code /partners/accept.xhtml}). */
@Named
@ViewScoped
public class AcceptPartnershipView implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnershipService partnerships;

    private String token;
    private String providerName;
    private java.time.Instant expiresAt;
    private boolean accepted;

    public void load() {
        PartnershipInvitation invitation = partnerships.invitation(token);
        providerName = invitation.getProvider().getName();
        expiresAt = invitation.getExpiresAt();
    }

    public void accept() {
        PartnershipService.PartnershipView view = partnerships.accept(token);
        accepted = true;
        Messages.info(null, "partners.accept.done", view.partner().getName());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getProviderName() {
        return providerName;
    }

    public java.time.Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isAccepted() {
        return accepted;
    }
}
