/** The REST API of service health, incidents and service management. */
package io.partnerdesk.servicehealth.api;
