package io.partnerdesk.customer.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.customer.domain.CustomerRepository;
import io.partnerdesk.customer.domain.PartnerSubscriptions;
import io.partnerdesk.customer.domain.RelationshipRepository;
import io.partnerdesk.customer.domain.RelationshipRequest;
import io.partnerdesk.customer.domain.ResellerLostCustomer;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.partner.domain.PartnershipRepository;
import io.partnerdesk.partner.domain.PartnershipState;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.events.OrganisationNotice;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.shared.security.Tokens;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Partner–customer relationships: asking for one by invitation link, the customer's admin accepting
 * or declining it, removing it (rule 4), and delegated admin privileges given up by the partner,
 * taken away by the customer or run out (rule 3 follows each).
 */
@Stateless
public class RelationshipService {

    @Inject
    CurrentUser currentUser;

    @Inject
    RelationshipRepository relationships;

    @Inject
    CustomerRepository customers;

    @Inject
    PartnerRepository partners;

    @Inject
    PartnerSubscriptions subscriptions;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    Event<ResellerLostCustomer> resellerLostCustomer;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<OrganisationNotice> notices;

    @Inject
    @ConfigProperty(name = "partnerdesk.invitations.valid-days", defaultValue = "90")
    int invitationValidDays;

    @Inject
    @ConfigProperty(name = "partnerdesk.delegated-admin.valid-days", defaultValue = "730")
    int delegatedAdminValidDays;

    /** A new relationship request's token and expiry. */
    public record Request(String token, Instant expiresAt, boolean delegatedAdmin) {}

    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT})
    public Request requestRelationship(boolean delegatedAdmin) {
        Partner partner = partners.find(currentUser.requirePartnerId()).orElseThrow();
        Instant now = Instant.now();
        RelationshipRequest request = new RelationshipRequest(
                Tokens.newToken(),
                partner,
                delegatedAdmin,
                currentUser.getUsername(),
                now,
                now.plus(Duration.ofDays(invitationValidDays)));
        relationships.add(request);
        auditLog.record(new AuditLog.Entry(
                "RELATIONSHIP_REQUESTED",
                "RelationshipRequest",
                request.getToken().substring(0, 8),
                partner.getId(),
                null,
                null,
                null,
                SystemText.of(
                        delegatedAdmin
                                ? "audit.value.requestWithDelegatedAdmin"
                                : "audit.value.requestWithoutDelegatedAdmin",
                        request.getExpiresAt())));
        return new Request(request.getToken(), request.getExpiresAt(), delegatedAdmin);
    }

    /** What a relationship request asks for, shown to the customer's admin before they decide. */
    @RolesAllowed(Role.CUSTOMER_ADMIN)
    public RelationshipRequest request(String token) {
        return relationships.findRequest(token).orElseThrow(() -> new BusinessException(404, "INVITATION_NOT_FOUND"));
    }

    /** The customer's admin accepts: the relationship (and delegated admin, if asked) becomes active. */
    @RolesAllowed(Role.CUSTOMER_ADMIN)
    public CustomerRelationship accept(String token) {
        RelationshipRequest request = openRequest(token);
        Customer customer = myCustomer();
        Instant now = Instant.now();
        Partner partner = request.getPartner();
        CustomerRelationship relationship = relationships
                .find(partner.getId(), customer.getId())
                .orElseGet(() -> {
                    CustomerRelationship created = new CustomerRelationship(partner, customer, now);
                    relationships.add(created);
                    return created;
                });
        String old = describe(relationship);
        relationship.activate();
        if (request.isDelegatedAdmin()) {
            relationship.grantDelegatedAdmin(now, now.plus(Duration.ofDays(delegatedAdminValidDays)));
        }
        request.decide(customer, true, now);
        auditLog.record(new AuditLog.Entry(
                "RELATIONSHIP_ACCEPTED",
                "CustomerRelationship",
                relationship.getId(),
                partner.getId(),
                null,
                customer.getId(),
                old,
                describe(relationship)));
        notices.fire(OrganisationNotice.toPartner(
                partner.getId(),
                "/customers/detail.xhtml?id=" + customer.getId(),
                "notice.relationshipAccepted",
                customer.getCompanyName()));
        return relationship;
    }

    @RolesAllowed(Role.CUSTOMER_ADMIN)
    public void decline(String token) {
        RelationshipRequest request = openRequest(token);
        Customer customer = myCustomer();
        request.decide(customer, false, Instant.now());
        auditLog.record(new AuditLog.Entry(
                "RELATIONSHIP_DECLINED",
                "RelationshipRequest",
                token.substring(0, 8),
                request.getPartner().getId(),
                null,
                customer.getId(),
                null,
                SystemText.of("audit.value.declined")));
        notices.fire(OrganisationNotice.toPartner(
                request.getPartner().getId(), null, "notice.relationshipDeclined", customer.getCompanyName()));
    }

    /**
     * Removes the caller's relationship with a customer. Rule 4: refused while the caller provides
     * or resells active subscriptions to it, listing them. Rule 3 follows for what it supported.
     */
    @RolesAllowed(Role.GLOBAL_ADMIN)
    public CustomerRelationship remove(UUID customerId) {
        CustomerRelationship relationship = visibleRelationship(customerId);
        Customer customer = relationship.getCustomer();
        UUID partnerId = relationship.getPartner().getId();
        List<PartnerSubscriptions.Active> blocking = subscriptions.activeOfPartnerForCustomer(partnerId, customerId);
        if (!blocking.isEmpty()) {
            List<Object> details = blocking.stream()
                    .map(s -> (Object) Map.of(
                            "subscriptionId", s.subscriptionId().toString(),
                            "offerName", s.offerName(),
                            "quantity", s.quantity()))
                    .toList();
            throw BusinessException.conflict(
                    "ACTIVE_SUBSCRIPTIONS_BLOCK_REMOVAL",
                    details,
                    customer.getCompanyName(),
                    blocking.size(),
                    blocking.stream()
                            .map(PartnerSubscriptions.Active::offerName)
                            .collect(Collectors.joining(", ")));
        }
        String old = describe(relationship);
        relationship.remove();
        auditLog.record(new AuditLog.Entry(
                "RELATIONSHIP_REMOVED",
                "CustomerRelationship",
                relationship.getId(),
                partnerId,
                null,
                customerId,
                old,
                describe(relationship)));
        resellerLostCustomer.fire(
                new ResellerLostCustomer(partnerId, customerId, SystemText.of("reversion.relationshipRemoved")));
        return relationship;
    }

    /**
     * The caller's customers whose delegated admin privileges run out within {@code days}, the
     * soonest first, at most {@code max} of them.
     */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT})
    public List<CustomerRelationship> delegatedAdminExpiringWithin(int days, int max) {
        Instant now = Instant.now();
        return relationships.delegatedAdminExpiring(
                currentUser.requirePartnerId(), now, now.plus(Duration.ofDays(days)), max);
    }

    /** The partner gives up its delegated admin privileges for a customer (rule 3 follows). */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT})
    public CustomerRelationship giveUpDelegatedAdmin(UUID customerId) {
        CustomerRelationship relationship = visibleRelationship(customerId);
        if (!relationship.isDelegatedAdmin()) {
            throw BusinessException.conflict(
                    "NO_DELEGATED_ADMIN_TO_GIVE_UP",
                    List.of(),
                    relationship.getCustomer().getCompanyName());
        }
        revoke(relationship, "DELEGATED_ADMIN_GIVEN_UP", SystemText.of("reversion.delegatedAdminGivenUp"));
        return relationship;
    }

    /** The customer's admin takes a partner's delegated admin privileges away (rule 3 follows). */
    @RolesAllowed(Role.CUSTOMER_ADMIN)
    public void revokeDelegatedAdmin(UUID partnerId) {
        UUID customerId = currentUser.requireCustomerId();
        CustomerRelationship relationship = relationships
                .findVisibleForUpdate(partnerId, customerId)
                .orElseThrow(() -> BusinessException.notFound("partner", partnerId));
        if (!relationship.isDelegatedAdmin()) {
            throw BusinessException.conflict(
                    "NO_DELEGATED_ADMIN_TO_GIVE_UP",
                    List.of(),
                    relationship.getCustomer().getCompanyName());
        }
        revoke(
                relationship,
                "DELEGATED_ADMIN_REVOKED_BY_CUSTOMER",
                SystemText.of("reversion.delegatedAdminRevokedByCustomer"));
        notices.fire(OrganisationNotice.toPartner(
                partnerId,
                "/customers/detail.xhtml?id=" + customerId,
                "notice.delegatedAdminRevoked",
                relationship.getCustomer().getCompanyName()));
    }

    /** The customer's partners, for the customer's admin: who holds delegated admin rights. */
    @RolesAllowed(Role.CUSTOMER_ADMIN)
    public List<CustomerRelationship> myPartners() {
        return relationships.ofCustomer(currentUser.requireCustomerId());
    }

    /**
     * Ends delegated admin privileges that ran out (called by the expiry job); rule 3 follows.
     * Returns how many relationships it handled.
     */
    @PermitAll
    public int expireDelegatedAdmin(int max) {
        List<CustomerRelationship> expired = relationships.withExpiredDelegatedAdmin(Instant.now(), max);
        for (CustomerRelationship relationship : expired) {
            revoke(relationship, "DELEGATED_ADMIN_EXPIRED", SystemText.of("reversion.delegatedAdminExpired"));
            notices.fire(OrganisationNotice.toPartner(
                    relationship.getPartner().getId(),
                    "/customers/detail.xhtml?id=" + relationship.getCustomer().getId(),
                    "notice.delegatedAdminExpired",
                    relationship.getCustomer().getCompanyName()));
        }
        return expired.size();
    }

    private void revoke(CustomerRelationship relationship, String action, String why) {
        String old = describe(relationship);
        relationship.revokeDelegatedAdmin();
        auditLog.record(new AuditLog.Entry(
                action,
                "CustomerRelationship",
                relationship.getId(),
                relationship.getPartner().getId(),
                null,
                relationship.getCustomer().getId(),
                old,
                describe(relationship)));
        resellerLostCustomer.fire(new ResellerLostCustomer(
                relationship.getPartner().getId(), relationship.getCustomer().getId(), why));
    }

    /** Locked: a support contact assigned at the same moment is judged before or after this change. */
    private CustomerRelationship visibleRelationship(UUID customerId) {
        return relationships
                .findVisibleForUpdate(currentUser.requirePartnerId(), customerId)
                .orElseThrow(() -> BusinessException.notFound("customer", customerId));
    }

    /** The request, locked: of two answers at the same moment only the first finds it open. */
    private RelationshipRequest openRequest(String token) {
        RelationshipRequest request = relationships
                .findRequestForUpdate(token)
                .orElseThrow(() -> new BusinessException(404, "INVITATION_NOT_FOUND"));
        if (request.getStatus() != RelationshipRequest.Status.OPEN) {
            throw BusinessException.conflict("INVITATION_USED", List.of());
        }
        if (request.isExpired(Instant.now())) {
            throw BusinessException.ruleBroken("INVITATION_EXPIRED", request.getExpiresAt());
        }
        return request;
    }

    private Customer myCustomer() {
        UUID customerId = currentUser.requireCustomerId();
        return customers.find(customerId).orElseThrow(() -> BusinessException.notFound("customer", customerId));
    }

    /** A relationship as the audit log shows it, in each reader's language. */
    private static String describe(CustomerRelationship r) {
        String state = "relationship.state." + r.getState().name();
        return r.isDelegatedAdmin()
                ? SystemText.of(
                        "audit.value.stateWithDelegatedAdmin", SystemText.word(state), r.getDelegatedAdminExpiresAt())
                : SystemText.of(state);
    }

    /**
     * The customer's relationships that the caller may see: its own, and those of the partners it
     * has a reseller partnership with (its resellers, or its provider).
     */
    @RolesAllowed({
        Role.GLOBAL_ADMIN,
        Role.ADMIN_AGENT,
        Role.HELPDESK_AGENT,
        Role.SALES_AGENT,
        Role.USER_MANAGEMENT_ADMIN
    })
    public List<CustomerRelationship> visibleRelationshipsOf(UUID customerId) {
        UUID me = visibleRelationship(customerId).getPartner().getId();
        List<UUID> visible = new ArrayList<>();
        visible.add(me);
        partnerships.ofProvider(me).stream()
                .filter(p -> p.getState() != PartnershipState.ENDED)
                .forEach(p -> visible.add(p.getReseller().getId()));
        partnerships.ofReseller(me).stream()
                .filter(p -> p.getState() != PartnershipState.ENDED)
                .forEach(p -> visible.add(p.getProvider().getId()));
        return relationships.ofCustomer(customerId, visible);
    }
}
