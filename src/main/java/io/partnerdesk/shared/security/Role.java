package io.partnerdesk.shared.security;

import java.util.List;

/**
 * The container roles of PartnerDesk. Every page, REST resource and service method is guarded by
 * these names; directory groups are mapped to them in {@link GroupRoleMapping}.
 */
public final class Role {

    public static final String GLOBAL_ADMIN = "GLOBAL_ADMIN";
    public static final String ADMIN_AGENT = "ADMIN_AGENT";
    public static final String HELPDESK_AGENT = "HELPDESK_AGENT";
    public static final String SALES_AGENT = "SALES_AGENT";
    public static final String USER_MANAGEMENT_ADMIN = "USER_MANAGEMENT_ADMIN";
    public static final String CUSTOMER_ADMIN = "CUSTOMER_ADMIN";

    /** The five roles of a partner organisation's staff. */
    public static final List<String> PARTNER_ROLES =
            List.of(GLOBAL_ADMIN, ADMIN_AGENT, HELPDESK_AGENT, SALES_AGENT, USER_MANAGEMENT_ADMIN);

    /** The partner roles that work support requests and service requests and see service health. */
    public static final List<String> SUPPORT_ROLES =
            List.of(GLOBAL_ADMIN, USER_MANAGEMENT_ADMIN, HELPDESK_AGENT, ADMIN_AGENT);

    /** The partner roles that read the audit log. */
    public static final List<String> AUDIT_ROLES = List.of(GLOBAL_ADMIN, USER_MANAGEMENT_ADMIN);

    /** The partner roles that sell: add customers and their subscriptions. */
    public static final List<String> SALES_ROLES = List.of(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT);

    /** The partner roles that administer: delegated admin privileges and the support offering. */
    public static final List<String> ADMINISTRATION_ROLES = List.of(GLOBAL_ADMIN, ADMIN_AGENT);

    /** The partner roles that take on resellers: invite them and accept a provider's invitation. */
    public static final List<String> PARTNERSHIP_ROLES = List.of(GLOBAL_ADMIN, SALES_AGENT);

    public static final List<String> ALL =
            List.of(GLOBAL_ADMIN, ADMIN_AGENT, HELPDESK_AGENT, SALES_AGENT, USER_MANAGEMENT_ADMIN, CUSTOMER_ADMIN);

    private Role() {}

    public static boolean isPartnerRole(String role) {
        return PARTNER_ROLES.contains(role);
    }
}
