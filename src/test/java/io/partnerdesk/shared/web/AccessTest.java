package io.partnerdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.shared.security.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessTest {

    /** Everything a page asks, for a caller in {@code role} alone. */
    private static Map<String, Boolean> answers(String role) {
        Access access = new Access(role::equals);
        Map<String, Boolean> answers = new LinkedHashMap<>();
        answers.put("partnerStaff", access.isPartnerStaff());
        answers.put("customerAdmin", access.isCustomerAdmin());
        answers.put("mayWorkSupport", access.isMayWorkSupport());
        answers.put("mayReadAudit", access.isMayReadAudit());
        answers.put("mayAddCustomers", access.isMayAddCustomers());
        answers.put("maySellSubscriptions", access.isMaySellSubscriptions());
        answers.put("mayGiveUpDelegatedAdmin", access.isMayGiveUpDelegatedAdmin());
        answers.put("mayEditSupportOffering", access.isMayEditSupportOffering());
        answers.put("mayRemoveRelationships", access.isMayRemoveRelationships());
        answers.put("mayManagePartnerships", access.isMayManagePartnerships());
        answers.put("mayEndPartnerships", access.isMayEndPartnerships());
        return answers;
    }

    private static Map<String, Boolean> expected(boolean... values) {
        String[] names = answers(Role.GLOBAL_ADMIN).keySet().toArray(String[]::new);
        Map<String, Boolean> expected = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            expected.put(names[i], values[i]);
        }
        return expected;
    }

    @Test
    void aGlobalAdminMayDoEverythingOfPartnerStaff() {
        assertThat(answers(Role.GLOBAL_ADMIN))
                .isEqualTo(expected(true, false, true, true, true, true, true, true, true, true, true));
    }

    @Test
    void anAdminAgentAdministersAndSellsButDoesNotReadTheAuditOrManagePartnerships() {
        assertThat(answers(Role.ADMIN_AGENT))
                .isEqualTo(expected(true, false, true, false, true, true, true, true, false, false, false));
    }

    @Test
    void aHelpdeskAgentWorksSupportOnly() {
        assertThat(answers(Role.HELPDESK_AGENT))
                .isEqualTo(expected(true, false, true, false, false, false, false, false, false, false, false));
    }

    @Test
    void aSalesAgentSellsAndTakesOnResellersButDoesNotWorkSupport() {
        assertThat(answers(Role.SALES_AGENT))
                .isEqualTo(expected(true, false, false, false, true, true, false, false, false, true, false));
    }

    @Test
    void aUserManagementAdminWorksSupportAndReadsTheAudit() {
        assertThat(answers(Role.USER_MANAGEMENT_ADMIN))
                .isEqualTo(expected(true, false, true, true, false, false, false, false, false, false, false));
    }

    @Test
    void aCustomerAdminIsNoPartnerStaff() {
        assertThat(answers(Role.CUSTOMER_ADMIN))
                .isEqualTo(expected(false, true, false, false, false, false, false, false, false, false, false));
    }

    @Test
    void someoneWithoutARoleMayDoNothing() {
        assertThat(new Access(role -> false).isPartnerStaff()).isFalse();
        assertThat(new Access(role -> false).isCustomerAdmin()).isFalse();
    }
}
