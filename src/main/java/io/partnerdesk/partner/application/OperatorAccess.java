package io.partnerdesk.partner.application;

import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether the caller works for the operator of the installation, in one of the roles that change
 * what every tenant shares or see every organisation. Services refuse everyone else with 403; pages
 * and menus ask here so that they show the operator's tools to the operator's staff only.
 */
@Named
@RequestScoped
public class OperatorAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    PartnerRepository partners;

    private Optional<UUID> operatorId;

    /** The operator's organisation, if one has been named. */
    public Optional<Partner> operator() {
        return partners.findOperator();
    }

    /**
     * The operator's organisation id, if one has been named: read once per request (a page's menu
     * and its services ask several times).
     */
    public Optional<UUID> operatorId() {
        if (operatorId == null) {
            operatorId = operator().map(Partner::getId);
        }
        return operatorId;
    }

    /** Whether the caller belongs to the operator and holds one of the roles. */
    public boolean callerIsOperatorIn(String... roles) {
        Optional<UUID> caller = currentUser.isSignedIn() ? currentUser.partnerId() : Optional.empty();
        return caller.isPresent()
                && currentUser.hasAnyRole(roles)
                && operatorId().filter(caller.get()::equals).isPresent();
    }

    /** Shared data (service health, incidents, catalogue, support topics): the operator's global admin only. */
    public boolean isSharedDataAdmin() {
        return callerIsOperatorIn(Role.GLOBAL_ADMIN);
    }

    /** Every organisation's directory group: the operator's global and user management admins only. */
    public boolean isOrganisationAdmin() {
        return callerIsOperatorIn(Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN);
    }

    /** Refuses (403 FORBIDDEN) anyone but the operator's global admin. */
    public void requireSharedDataAdmin() {
        if (!isSharedDataAdmin()) {
            throw refused();
        }
    }

    /** Refuses (403 FORBIDDEN) anyone but the operator's global or user management admin. */
    public void requireOrganisationAdmin() {
        if (!isOrganisationAdmin()) {
            throw refused();
        }
    }

    private static BusinessException refused() {
        return new BusinessException(403, "FORBIDDEN", "OPERATOR_ONLY", List.of());
    }
}
