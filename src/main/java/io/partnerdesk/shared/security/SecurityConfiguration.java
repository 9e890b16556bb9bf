package io.partnerdesk.shared.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of PartnerDesk. Passwords are checked by {@link DirectoryIdentityStore} alone: the
 * container's built-in LDAP identity store is not used, as it puts user names into DNs and search
 * filters without escaping them and cannot speak StartTLS.
 */
@ApplicationScoped
@DeclareRoles({
    Role.GLOBAL_ADMIN,
    Role.ADMIN_AGENT,
    Role.HELPDESK_AGENT,
    Role.SALES_AGENT,
    Role.USER_MANAGEMENT_ADMIN,
    Role.CUSTOMER_ADMIN
})
public class SecurityConfiguration {}
