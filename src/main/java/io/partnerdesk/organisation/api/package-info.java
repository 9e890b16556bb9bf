/** REST resources for the operator's view of every organisation and its directory group. */
package io.partnerdesk.organisation.api;
