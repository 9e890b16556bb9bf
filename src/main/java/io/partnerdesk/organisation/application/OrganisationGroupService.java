package io.partnerdesk.organisation.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.CustomerRepository;
import io.partnerdesk.organisation.domain.Organisation;
import io.partnerdesk.organisation.domain.OrganisationRepository;
import io.partnerdesk.organisation.domain.OrganisationType;
import io.partnerdesk.partner.application.OperatorAccess;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.security.DirectoryLookup;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The operator's global and user management admins see every organisation's directory group, and
 * change or clear it (rule 9): the way out when a group names the wrong people. Everyone else is
 * refused with 403, other organisations' admins included. Every change is audited in the operator's
 * log and in the organisation's own.
 */
@Stateless
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN})
public class OrganisationGroupService {

    static final String AUDIT_ACTION = "DIRECTORY_GROUP_CHANGED";

    @Inject
    OperatorAccess operatorAccess;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PartnerRepository partners;

    @Inject
    CustomerRepository customers;

    @Inject
    DirectoryGroupRules rules;

    @Inject
    DirectoryLookup directoryLookup;

    @Inject
    AuditLog auditLog;

    /** A person whose directory groups point at more than one organisation (sign-in refuses them). */
    public record Conflict(String username, List<Organisation> organisations) implements Serializable {}

    /** One page of organisations, with how many match. */
    public Page<Organisation> page(String filter, int offset, int size) {
        operatorAccess.requireOrganisationAdmin();
        return new Page<>(organisations.count(filter), organisations.page(filter, offset, size));
    }

    /** How many organisations match the filter. */
    public long count(String filter) {
        operatorAccess.requireOrganisationAdmin();
        return organisations.count(filter);
    }

    /** Gives the organisation another directory group, once the group passed every rule. */
    public Organisation change(UUID organisationId, String directoryGroup) {
        operatorAccess.requireOrganisationAdmin();
        Optional<Partner> partner = partners.find(organisationId);
        if (partner.isPresent()) {
            Partner p = partner.get();
            String group = rules.checkGivable(
                    directoryGroup, new DirectoryGroupRules.Target(OrganisationType.PARTNER, p.getId()));
            String old = p.getDirectoryGroup();
            p.changeDirectoryGroup(group);
            audit(Organisation.of(p), old, group);
            return Organisation.of(p);
        }
        Customer customer = customer(organisationId);
        String group = rules.checkGivable(
                directoryGroup, new DirectoryGroupRules.Target(OrganisationType.CUSTOMER, customer.getId()));
        String old = customer.getDirectoryGroup();
        customer.linkDirectoryGroup(group);
        audit(Organisation.of(customer), old, group);
        return Organisation.of(customer);
    }

    /**
     * Takes the organisation's directory group away: nobody signs in for it until it gets another.
     * The operator's own group stays (409), or nobody could administer the installation.
     */
    public void clear(UUID organisationId) {
        operatorAccess.requireOrganisationAdmin();
        Optional<Partner> partner = partners.find(organisationId);
        if (partner.isPresent()) {
            Partner p = partner.get();
            if (p.isOperator()) {
                throw BusinessException.conflict("OPERATOR_GROUP_REQUIRED", List.of(), p.getName());
            }
            String old = p.getDirectoryGroup();
            if (old != null) {
                p.changeDirectoryGroup(null);
                audit(Organisation.of(p), old, null);
            }
            return;
        }
        Customer customer = customer(organisationId);
        String old = customer.getDirectoryGroup();
        if (old != null) {
            customer.linkDirectoryGroup(null);
            audit(Organisation.of(customer), old, null);
        }
    }

    /**
     * The people whose groups point at two organisations or more today, as the directory lists
     * each organisation's group members now; by user name.
     */
    public List<Conflict> conflicts() {
        operatorAccess.requireOrganisationAdmin();
        Map<String, Set<Organisation>> byPerson = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Organisation organisation : organisations.withDirectoryGroup()) {
            List<DirectoryLookup.Member> members;
            try {
                members = directoryLookup.membersOf(organisation.directoryGroup());
            } catch (DirectoryLookup.DirectoryUnavailable e) {
                throw new BusinessException(503, "DIRECTORY_UNAVAILABLE", List.of());
            }
            for (DirectoryLookup.Member member : members) {
                byPerson.computeIfAbsent(member.username(), k -> new LinkedHashSet<>())
                        .add(organisation);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        byPerson.forEach((username, orgs) -> {
            if (orgs.size() > 1) {
                conflicts.add(new Conflict(username, List.copyOf(orgs)));
            }
        });
        return conflicts;
    }

    private Customer customer(UUID organisationId) {
        return customers
                .find(organisationId)
                .orElseThrow(() -> BusinessException.notFound("organisation", organisationId));
    }

    private void audit(Organisation organisation, String oldGroup, String newGroup) {
        UUID operator = operatorAccess.operatorId().orElse(null);
        boolean partner = organisation.type() == OrganisationType.PARTNER;
        auditLog.record(new AuditLog.Entry(
                AUDIT_ACTION,
                partner ? "Partner" : "Customer",
                organisation.id(),
                operator,
                partner && !organisation.id().equals(operator) ? organisation.id() : null,
                partner ? null : organisation.id(),
                oldGroup,
                newGroup));
    }
}
