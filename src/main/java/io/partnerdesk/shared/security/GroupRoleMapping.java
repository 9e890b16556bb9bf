package io.partnerdesk.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * The one place where directory groups become container roles. Each role is granted to the members
 * of one directory group, named by {@code partnerdesk.roles.<ROLE>.group}; groups that name no role
 * (for instance the organisation groups) grant nothing.
 */
@ApplicationScoped
public class GroupRoleMapping {

    private final Map<String, String> roleByGroup = new LinkedHashMap<>();

    protected GroupRoleMapping() {}

    @Inject
    public GroupRoleMapping(Config config) {
        this(fromConfig(config));
    }

    /** A mapping from role name to the directory group whose members hold it. */
    public GroupRoleMapping(Map<String, String> groupByRole) {
        groupByRole.forEach((role, group) -> {
            if (!Role.ALL.contains(role)) {
                throw new IllegalArgumentException("Unknown role " + role);
            }
            roleByGroup.put(group.toLowerCase(java.util.Locale.ROOT), role);
        });
    }

    private static Map<String, String> fromConfig(Config config) {
        Map<String, String> groupByRole = new LinkedHashMap<>();
        for (String role : Role.ALL) {
            groupByRole.put(
                    role,
                    config.getOptionalValue("partnerdesk.roles." + role + ".group", String.class)
                            .orElse(role));
        }
        return groupByRole;
    }

    /** Whether the group grants a role: such a group is never an organisation's group. */
    public boolean isRoleGroup(String group) {
        return group != null && roleByGroup.containsKey(group.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /** The roles that the given directory groups grant; group names compare case-insensitively. */
    public Set<String> rolesFor(Collection<String> groups) {
        Set<String> roles = new TreeSet<>();
        for (String group : groups) {
            String role = roleByGroup.get(group.toLowerCase(java.util.Locale.ROOT));
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }
}
