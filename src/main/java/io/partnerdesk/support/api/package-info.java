/** The REST API of support requests, service requests and notifications, with their DTO records. */
package io.partnerdesk.support.api;
