package io.partnerdesk.partner.ui;

import io.partnerdesk.partner.application.PartnershipService;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.shared.web.Mailto;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.shared.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The partners page ({@code /partners/list.xhtml}): a provider's resellers or a reseller's
 * providers with each partnership's state; inviting resellers; ending a partnership.
 */
@Named
@ViewScoped
public class PartnersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnershipService partnerships;

    private Partner me;
    private List<PartnershipService.PartnershipView> rows;
    private String invitationUrl;
    private Instant invitationExpiresAt;
    private String resellerName;
    private String resellerMpnId;
    private String resellerDirectoryGroup;
    private PartnershipService.PartnershipView ending;
    private long endingReverts;

    public void load() {
        me = partnerships.me();
        rows = isProvider() ? partnerships.resellers() : partnerships.providers();
    }

    public boolean isProvider() {
        return me.getKind() == PartnerKind.INDIRECT_PROVIDER;
    }

    /** Opens the invitation dialog afresh: no link yet, no reseller named. */
    public void startInvitation() {
        invitationUrl = null;
        invitationExpiresAt = null;
        resellerName = null;
        resellerMpnId = null;
        resellerDirectoryGroup = null;
    }

    public void invite() {
        boolean registering = resellerName != null && !resellerName.isBlank()
                || resellerMpnId != null && !resellerMpnId.isBlank()
                || resellerDirectoryGroup != null && !resellerDirectoryGroup.isBlank();
        PartnershipService.Invitation invitation = partnerships.invite(
                registering
                        ? new PartnershipService.NewReseller(resellerName, resellerMpnId, resellerDirectoryGroup)
                        : null);
        if (registering) {
            rows = partnerships.resellers();
        }
        invitationUrl = Pages.portalUrl("/partners/accept.xhtml?token=" + invitation.token());
        invitationExpiresAt = invitation.expiresAt();
    }

    public void prepareEnd(PartnershipService.PartnershipView row) {
        ending = row;
        endingReverts = partnerships.supportedThroughPartnership(row.partner().getId());
    }

    public void end() {
        int reverted = partnerships.end(ending.partner().getId());
        Messages.info(null, "partners.ended", ending.partner().getName(), reverted);
        ending = null;
        load();
    }

    public String getMailtoLink() {
        return invitationUrl == null
                ? ""
                : Mailto.link(
                        Messages.text("partners.invite.mailSubject"),
                        Messages.text("partners.invite.mailBody", me.getName(), invitationUrl));
    }

    public Partner getMe() {
        return me;
    }

    public List<PartnershipService.PartnershipView> getRows() {
        return rows;
    }

    public String getInvitationUrl() {
        return invitationUrl;
    }

    public Instant getInvitationExpiresAt() {
        return invitationExpiresAt;
    }

    public PartnershipService.PartnershipView getEnding() {
        return ending;
    }

    public long getEndingReverts() {
        return endingReverts;
    }

    public String getResellerName() {
        return resellerName;
    }

    public void setResellerName(String resellerName) {
        this.resellerName = resellerName;
    }

    public String getResellerMpnId() {
        return resellerMpnId;
    }

    public void setResellerMpnId(String resellerMpnId) {
        this.resellerMpnId = resellerMpnId;
    }

    public String getResellerDirectoryGroup() {
        return resellerDirectoryGroup;
    }

    public void setResellerDirectoryGroup(String resellerDirectoryGroup) {
        this.resellerDirectoryGroup = resellerDirectoryGroup;
    }
}
