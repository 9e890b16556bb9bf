/** Service health, incidents with their posts, and the repository that cuts impact to the caller's customers. */
package io.partnerdesk.servicehealth.domain;
