/** The login page and signing out. */
package io.partnerdesk.shared.security.ui;
