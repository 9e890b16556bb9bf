/** REST resources about the signed-in caller ({@code /me}) and the operator's view of every organisation and its directory group. */
package io.partnerdesk.organisation.api;
