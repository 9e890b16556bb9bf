/** The sign-in mechanics: the authentication mechanism, the directory identity store and connections, the credential cache, throttling, group-to-role mapping, and who the caller is. What an account means to PartnerDesk (its organisation) is asked of the organisation feature through {@link io.partnerdesk.shared.security.SignInAccounts}. */
package io.partnerdesk.shared.security;
