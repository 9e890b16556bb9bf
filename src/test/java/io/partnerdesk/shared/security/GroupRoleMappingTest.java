package io.partnerdesk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupRoleMappingTest {

    private final GroupRoleMapping mapping = new GroupRoleMapping(Map.of(
            Role.GLOBAL_ADMIN, "PartnerDesk-Global-Admins",
            Role.HELPDESK_AGENT, "helpdesk",
            Role.CUSTOMER_ADMIN, "customer-admins"));

    @Test
    void aGroupGrantsItsRoleWhateverTheCaseOfItsName() {
        assertThat(mapping.rolesFor(List.of("partnerdesk-global-admins"))).containsExactly(Role.GLOBAL_ADMIN);
    }

    @Test
    void groupsThatNameNoRoleGrantNothing() {
        assertThat(mapping.rolesFor(List.of("org-contoso", "everyone"))).isEmpty();
    }

    @Test
    void severalGroupsGrantSeveralRoles() {
        assertThat(mapping.rolesFor(List.of("helpdesk", "PartnerDesk-Global-Admins", "org-contoso")))
                .containsExactlyInAnyOrder(Role.GLOBAL_ADMIN, Role.HELPDESK_AGENT);
    }

    @Test
    void aRoleGroupIsRecognisedWhateverItsCaseAndSurroundingSpaces() {
        assertThat(mapping.isRoleGroup(" customer-ADMINS ")).isTrue();
        assertThat(mapping.isRoleGroup("partnerdesk-global-admins")).isTrue();
        assertThat(mapping.isRoleGroup("org-contoso")).isFalse();
        assertThat(mapping.isRoleGroup(null)).isFalse();
    }

    @Test
    void aRoleThatDoesNotExistIsAConfigurationError() {
        assertThatThrownBy(() -> new GroupRoleMapping(Map.of("SUPERUSER", "admins")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SUPERUSER");
    }
}
