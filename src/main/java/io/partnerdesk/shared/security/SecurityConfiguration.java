package io.partnerdesk.shared.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.LdapIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.LdapIdentityStoreDefinition.LdapSearchScope;

/**
 * The directory that PartnerDesk checks passwords against: the caller binds as themself, and their
 * groups are found by a group search. Every value comes from {@link DirectorySettings}.
 *
 * <p>This store cannot speak StartTLS: with {@code partnerdesk.ldap.starttls} on it is used for
 * nothing ({@code useForExpression}) and {@link StartTlsIdentityStore} validates instead, so exactly
 * one store ever checks a password.
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
@LdapIdentityStoreDefinition(
        url = "#{directorySettings.url}",
        bindDn = "#{directorySettings.bindDn}",
        bindDnPassword = "#{directorySettings.bindPassword}",
        callerNameAttribute = "#{directorySettings.callerNameAttribute}",
        callerBaseDn = "#{directorySettings.callerBaseDn}",
        callerSearchBase = "#{directorySettings.callerSearchBase}",
        callerSearchFilter = "#{directorySettings.callerSearchFilter}",
        callerSearchScope = LdapSearchScope.SUBTREE,
        groupSearchBase = "#{directorySettings.groupSearchBase}",
        groupSearchFilter = "#{directorySettings.groupSearchFilter}",
        groupSearchScope = LdapSearchScope.SUBTREE,
        groupNameAttribute = "cn",
        groupMemberAttribute = "member",
        readTimeoutExpression = "#{directorySettings.readTimeoutMillis}",
        useForExpression = "#{directorySettings.builtInStoreUse}")
public class SecurityConfiguration {}
