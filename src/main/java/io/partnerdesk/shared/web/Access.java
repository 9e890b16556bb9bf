package io.partnerdesk.shared.web;

import io.partnerdesk.shared.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the caller of this request may do, as pages ask it ({@code #{access.mayWorkSupport}}).
 * Each answer asks the container whether the caller is in one of the {@link Role roles} that the
 * services behind it allow, so a page never names a role itself; the services check again. The
 * container's answer for each role is kept for the request: a page asks the same question for its
 * menu, its buttons and every row, and each answer costs an authorization check.
 */
@Named
@RequestScoped
public class Access {

    private Predicate<String> inRole;

    private final Map<String, Boolean> answers = new HashMap<>();

    @Inject
    SecurityContext securityContext;

    public Access() {}

    /** Answers from {@code inRole} instead of the container. */
    Access(Predicate<String> inRole) {
        this.inRole = inRole;
    }

    private boolean holdsAny(Collection<String> roles) {
        Predicate<String> holds = inRole != null ? inRole : securityContext::isCallerInRole;
        return roles.stream().anyMatch(role -> answers.computeIfAbsent(role, holds::test));
    }

    private boolean holds(String role) {
        return holdsAny(List.of(role));
    }

    /** Partner staff: customers, bulk changes and partners. */
    public boolean isPartnerStaff() {
        return holdsAny(Role.PARTNER_ROLES);
    }

    /** A customer's admin: their own support and requests. */
    public boolean isCustomerAdmin() {
        return holds(Role.CUSTOMER_ADMIN);
    }

    /** Works support and service requests, sees service health and the support offering. */
    public boolean isMayWorkSupport() {
        return holdsAny(Role.SUPPORT_ROLES);
    }

    /** Reads the audit log, the organisation's and a customer's. */
    public boolean isMayReadAudit() {
        return holdsAny(Role.AUDIT_ROLES);
    }

    /** Adds customers (and invites them to a relationship). */
    public boolean isMayAddCustomers() {
        return holdsAny(Role.SALES_ROLES);
    }

    /** Adds subscriptions and changes those the organisation provides. */
    public boolean isMaySellSubscriptions() {
        return holdsAny(Role.SALES_ROLES);
    }

    /** Administers the organisation (global admins and admin agents): its dashboard's administration cards. */
    public boolean isAdministrator() {
        return holdsAny(Role.ADMINISTRATION_ROLES);
    }

    /** Gives up the organisation's delegated admin privileges for a customer. */
    public boolean isMayGiveUpDelegatedAdmin() {
        return holdsAny(Role.ADMINISTRATION_ROLES);
    }

    /** Edits the organisation's support offering. */
    public boolean isMayEditSupportOffering() {
        return holdsAny(Role.ADMINISTRATION_ROLES);
    }

    /** Removes the organisation's relationship with a customer. */
    public boolean isMayRemoveRelationships() {
        return holds(Role.GLOBAL_ADMIN);
    }

    /** Invites resellers and accepts a provider's invitation. */
    public boolean isMayManagePartnerships() {
        return holdsAny(Role.PARTNERSHIP_ROLES);
    }

    /** Registers and deletes the organisation's webhooks. */
    public boolean isMayManageWebhooks() {
        return holds(Role.GLOBAL_ADMIN) && !holds(Role.CUSTOMER_ADMIN);
    }

    /** Ends a partnership with a reseller or a provider. */
    public boolean isMayEndPartnerships() {
        return holds(Role.GLOBAL_ADMIN);
    }
}
