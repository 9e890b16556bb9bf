/** The rules a directory group must pass before it names an organisation, and the operator's use cases on them. */
package io.partnerdesk.organisation.application;
