/** REST resources about the signed-in caller. */
package io.partnerdesk.shared.security.api;
