/** The REST API of support requests and service requests, with their DTO records. */
package io.partnerdesk.support.api;
