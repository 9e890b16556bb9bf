/** Signing in against the directory, mapping directory groups to roles, and who the caller is. */
package io.partnerdesk.shared.security;
