package io.partnerdesk.partner.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.partner.domain.PartnershipEnded;
import io.partnerdesk.partner.domain.PartnershipInvitation;
import io.partnerdesk.partner.domain.PartnershipRepository;
import io.partnerdesk.partner.domain.PartnershipState;
import io.partnerdesk.partner.domain.ResellerPartnership;
import io.partnerdesk.partner.domain.ResellerSupport;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.events.OrganisationNotice;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.DirectoryGroupCheck;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.shared.security.Tokens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The caller's partner organisation and its reseller partnerships. */
@Stateless
@RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.HELPDESK_AGENT, Role.SALES_AGENT, Role.USER_MANAGEMENT_ADMIN})
public class PartnershipService {

    @Inject
    CurrentUser currentUser;

    @Inject
    PartnerRepository partners;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    Event<PartnershipEnded> partnershipEnded;

    @Inject
    ResellerSupport subscriptions;

    @Inject
    DirectoryGroupCheck directoryGroups;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<OrganisationNotice> notices;

    @Inject
    @ConfigProperty(name = "partnerdesk.invitations.valid-days", defaultValue = "90")
    int invitationValidDays;

    /** A partnership seen from the caller's side: the other partner and the state. */
    public record PartnershipView(Partner partner, PartnershipState state, Instant since) implements Serializable {}

    /** A new invitation link's token and expiry. */
    public record Invitation(String token, Instant expiresAt) {}

    public Partner me() {
        UUID id = currentUser.requirePartnerId();
        return partners.find(id).orElseThrow(() -> BusinessException.notFound("partner", id));
    }

    /** The caller's resellers (for a provider) with each partnership's state. */
    public List<PartnershipView> resellers() {
        return partnerships.ofProvider(currentUser.requirePartnerId()).stream()
                .map(p -> new PartnershipView(p.getReseller(), p.getState(), since(p)))
                .toList();
    }

    /** The resellers the caller (a provider) invited who have not accepted yet, at most {@code max}. */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT})
    public List<PartnershipView> invitationsWaiting(int max) {
        return partnerships.invitedBy(currentUser.requirePartnerId(), max).stream()
                .map(p -> new PartnershipView(p.getReseller(), p.getState(), since(p)))
                .toList();
    }

    /** The caller's providers (for a reseller) with each partnership's state. */
    public List<PartnershipView> providers() {
        return partnerships.ofReseller(currentUser.requirePartnerId()).stream()
                .map(p -> new PartnershipView(p.getProvider(), p.getState(), since(p)))
                .toList();
    }

    private static Instant since(ResellerPartnership p) {
        return switch (p.getState()) {
            case ACTIVE -> p.getActivatedAt();
            case ENDED -> p.getEndedAt();
            case INVITED -> p.getInvitedAt();
        };
    }

    /**
     * A reseller organisation that is new to PartnerDesk: its name, partner id, and the directory
     * group whose members are its staff (they can sign in once it exists).
     */
    public record NewReseller(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = Partner.MPN_ID_PATTERN, message = "{partnerdesk.validation.mpnId}")
                    String mpnId,
            @NotBlank @Size(max = 200) String directoryGroup) {}

    /** A provider invites resellers with a link that any reseller's admin can accept once. */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.SALES_AGENT})
    public Invitation invite() {
        return invite(null);
    }

    /**
     * A provider invites a reseller with a link that its admin can accept once. With a new reseller,
     * its organisation is registered now, with an invited partnership, and only it may accept.
     */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.SALES_AGENT})
    public Invitation invite(@Valid NewReseller newReseller) {
        Partner provider = me();
        if (provider.getKind() != PartnerKind.INDIRECT_PROVIDER) {
            throw BusinessException.forbidden("NOT_AN_INDIRECT_PROVIDER");
        }
        Instant now = Instant.now();
        PartnershipInvitation invitation = new PartnershipInvitation(
                Tokens.newToken(),
                provider,
                currentUser.getUsername(),
                now,
                now.plus(Duration.ofDays(invitationValidDays)));
        if (newReseller != null) {
            invitation.addressedTo(register(provider, newReseller, now));
        }
        partnerships.add(invitation);
        auditLog.record(new AuditLog.Entry(
                "RESELLER_INVITED",
                "PartnershipInvitation",
                invitation.getToken().substring(0, 8),
                provider.getId(),
                null,
                null,
                null,
                SystemText.of("audit.value.expires", invitation.getExpiresAt())));
        return new Invitation(invitation.getToken(), invitation.getExpiresAt());
    }

    private Partner register(Partner provider, NewReseller newReseller, Instant now) {
        if (partners.findByMpnId(newReseller.mpnId()).isPresent()) {
            throw BusinessException.conflict("MPN_ID_TAKEN", List.of(), newReseller.mpnId());
        }
        String group = directoryGroups.givableToNewPartner(newReseller.directoryGroup());
        Partner reseller =
                new Partner(newReseller.name().trim(), PartnerKind.INDIRECT_RESELLER, newReseller.mpnId(), group);
        partners.add(reseller);
        partnerships.add(ResellerPartnership.invited(provider, reseller, now));
        auditLog.record(new AuditLog.Entry(
                "RESELLER_REGISTERED",
                "Partner",
                reseller.getId(),
                provider.getId(),
                reseller.getId(),
                null,
                null,
                SystemText.of("audit.value.resellerRegistered", reseller.getName(), reseller.getMpnId(), group)));
        return reseller;
    }

    /** What an invitation link offers, for the reseller's admin to review before accepting. */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.SALES_AGENT})
    public PartnershipInvitation invitation(String token) {
        return partnerships.findInvitation(token).orElseThrow(() -> new BusinessException(404, "INVITATION_NOT_FOUND"));
    }

    /** The reseller's admin accepts a provider's invitation: the partnership becomes active. */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.SALES_AGENT})
    public PartnershipView accept(String token) {
        Partner reseller = me();
        // Locked, so that a token accepted twice at the same moment is used once.
        PartnershipInvitation invitation = partnerships
                .findInvitationForUpdate(token)
                .orElseThrow(() -> new BusinessException(404, "INVITATION_NOT_FOUND"));
        Instant now = Instant.now();
        if (reseller.getKind() != PartnerKind.INDIRECT_RESELLER) {
            throw BusinessException.forbidden("NOT_AN_INDIRECT_RESELLER");
        }
        if (invitation.isUsed()) {
            throw BusinessException.conflict("INVITATION_USED", List.of());
        }
        if (invitation.isExpired(now)) {
            throw BusinessException.ruleBroken("INVITATION_EXPIRED", invitation.getExpiresAt());
        }
        if (!invitation.isAddressedTo(reseller)) {
            throw BusinessException.forbidden("INVITATION_FOR_ANOTHER_RESELLER");
        }
        Partner provider = invitation.getProvider();
        Optional<ResellerPartnership> existing = partnerships.find(provider.getId(), reseller.getId());
        String oldState = existing.map(p -> state(p.getState())).orElse(null);
        ResellerPartnership partnership = existing.orElseGet(() -> {
            ResellerPartnership created = ResellerPartnership.active(provider, reseller, now);
            partnerships.add(created);
            return created;
        });
        partnership.activate(now);
        invitation.accept(reseller, now);
        auditLog.record(new AuditLog.Entry(
                "PARTNERSHIP_ACCEPTED",
                "ResellerPartnership",
                partnership.getId(),
                reseller.getId(),
                provider.getId(),
                null,
                oldState,
                state(PartnershipState.ACTIVE)));
        notices.fire(OrganisationNotice.toPartner(
                provider.getId(), "/partners/list.xhtml", "notice.partnershipAccepted", reseller.getName()));
        return new PartnershipView(provider, partnership.getState(), now);
    }

    /** How many subscriptions would go back to the provider if the partnership with the other ended. */
    public long supportedThroughPartnership(UUID otherPartnerId) {
        Partner me = me();
        return me.getKind() == PartnerKind.INDIRECT_PROVIDER
                ? subscriptions.countSupportedByResellerOf(otherPartnerId, me.getId())
                : subscriptions.countSupportedByResellerOf(me.getId(), otherPartnerId);
    }

    /**
     * Ends the partnership with the other partner (either side may). Rule 3: the provider's
     * subscriptions that the reseller supports go back to the provider in the same transaction.
     */
    @RolesAllowed(Role.GLOBAL_ADMIN)
    public int end(UUID otherPartnerId) {
        Partner me = me();
        Partner other =
                partners.find(otherPartnerId).orElseThrow(() -> BusinessException.notFound("partner", otherPartnerId));
        boolean iAmProvider = me.getKind() == PartnerKind.INDIRECT_PROVIDER;
        Partner provider = iAmProvider ? me : other;
        Partner reseller = iAmProvider ? other : me;
        // Locked, like the support contact assignment that checks it (rule 2).
        ResellerPartnership partnership = partnerships
                .findForUpdate(provider.getId(), reseller.getId())
                .orElseThrow(() -> BusinessException.notFound("partner", otherPartnerId));
        if (partnership.getState() == PartnershipState.ENDED) {
            throw BusinessException.conflict("PARTNERSHIP_ALREADY_ENDED", List.of(), other.getName());
        }
        String oldState = state(partnership.getState());
        partnership.end(Instant.now());
        auditLog.record(new AuditLog.Entry(
                "PARTNERSHIP_ENDED",
                "ResellerPartnership",
                partnership.getId(),
                me.getId(),
                other.getId(),
                null,
                oldState,
                state(PartnershipState.ENDED)));
        notices.fire(OrganisationNotice.toPartner(other.getId(), null, "notice.partnershipEnded", me.getName()));
        long reverting = subscriptions.countSupportedByResellerOf(reseller.getId(), provider.getId());
        partnershipEnded.fire(new PartnershipEnded(reseller.getId(), provider.getId()));
        return Math.toIntExact(reverting);
    }

    /** A partnership's state as the audit log shows it, in each reader's language. */
    private static String state(PartnershipState state) {
        return SystemText.of("partnership.state." + state.name());
    }
}
