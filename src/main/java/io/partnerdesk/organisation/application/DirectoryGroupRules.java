package io.partnerdesk.organisation.application;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.CustomerRepository;
import io.partnerdesk.organisation.domain.OrganisationType;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.security.DirectoryGroupCheck;
import io.partnerdesk.shared.security.DirectoryLookup;
import io.partnerdesk.shared.security.GroupRoleMapping;
import io.partnerdesk.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The one check a directory group passes before it names an organisation (adding a customer,
 * registering a reseller, the operator changing a group). Every account belongs to exactly one
 * organisation, so a group that would give anyone a second one would lock them out; hence the
 * directory is asked who the group's members are before the group is given:
 *
 * <ul>
 *   <li>a role group (one that grants a role to all its members) is never an organisation's group;
 *   <li>a group that already names another organisation is taken (409);
 *   <li>a member that already belongs to another organisation's group refuses the group;
 *   <li>a group none of whose members holds a role that fits the organisation (a partner role for a
 *       partner, customer admin for a customer) lets nobody in, and is refused too;
 *   <li>a directory that does not answer refuses it for now (503): nothing is given unchecked.
 * </ul>
 */
@ApplicationScoped
public class DirectoryGroupRules implements DirectoryGroupCheck {

    /** The longest group name an organisation keeps (its column's size). */
    public static final int MAX_GROUP_LENGTH = 200;

    @Inject
    GroupRoleMapping groupRoleMapping;

    @Inject
    DirectoryLookup directoryLookup;

    @Inject
    PartnerRepository partners;

    @Inject
    CustomerRepository customers;

    /** The organisation a group is for: an existing one (its id), or one being created (null id). */
    public record Target(OrganisationType type, UUID id) {

        public static Target newPartner() {
            return new Target(OrganisationType.PARTNER, null);
        }

        public static Target newCustomer() {
            return new Target(OrganisationType.CUSTOMER, null);
        }
    }

    @Override
    public String givableToNewPartner(String requestedGroup) {
        return checkGivable(requestedGroup, Target.newPartner());
    }

    @Override
    public String givableToNewCustomer(String requestedGroup) {
        return checkGivable(requestedGroup, Target.newCustomer());
    }

    /**
     * The group as it is stored (trimmed, lower case), once it passed every rule for the target;
     * otherwise refused with the rule it broke.
     */
    public String checkGivable(String requestedGroup, Target target) {
        if (requestedGroup == null || requestedGroup.isBlank()) {
            throw new BusinessException(400, "DIRECTORY_GROUP_REQUIRED");
        }
        String group = requestedGroup.trim();
        if (group.length() > MAX_GROUP_LENGTH) {
            throw new BusinessException(400, "DIRECTORY_GROUP_TOO_LONG", MAX_GROUP_LENGTH);
        }
        if (groupRoleMapping.isRoleGroup(group)) {
            throw BusinessException.ruleBroken("DIRECTORY_GROUP_IS_ROLE_GROUP", group);
        }
        if (namesAnotherOrganisation(List.of(group), target)) {
            throw BusinessException.conflict("DIRECTORY_GROUP_TAKEN", List.of(), group);
        }
        List<DirectoryLookup.Member> members;
        try {
            members = directoryLookup.membersOf(group);
        } catch (DirectoryLookup.DirectoryUnavailable e) {
            throw new BusinessException(503, "DIRECTORY_UNAVAILABLE", List.of());
        }
        for (DirectoryLookup.Member member : members) {
            List<String> otherGroups = member.groups().stream()
                    .filter(g -> !g.equalsIgnoreCase(group))
                    .toList();
            if (namesAnotherOrganisation(otherGroups, target)) {
                throw new BusinessException(
                        422, "DIRECTORY_GROUP_MEMBER_ELSEWHERE", List.of(member.username()), group, member.username());
            }
        }
        boolean someoneCanSignIn = members.stream()
                .map(m -> groupRoleMapping.rolesFor(m.groups()))
                .anyMatch(roles -> fits(roles, target.type()));
        if (!someoneCanSignIn) {
            throw new BusinessException(
                    422,
                    "DIRECTORY_GROUP_NO_MEMBERS",
                    target.type() == OrganisationType.PARTNER
                            ? "DIRECTORY_GROUP_NO_MEMBERS"
                            : "DIRECTORY_GROUP_NO_CUSTOMER_ADMINS",
                    List.of(),
                    group);
        }
        return group.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean fits(Set<String> roles, OrganisationType type) {
        return type == OrganisationType.PARTNER
                ? roles.stream().anyMatch(Role::isPartnerRole)
                : roles.contains(Role.CUSTOMER_ADMIN);
    }

    private boolean namesAnotherOrganisation(List<String> groups, Target target) {
        if (groups.isEmpty()) {
            return false;
        }
        return Stream.concat(
                        partners.findByDirectoryGroups(groups).stream().map(Partner::getId),
                        customers.findByDirectoryGroups(groups).stream().map(Customer::getId))
                .anyMatch(id -> !Objects.equals(id, target.id()));
    }
}
