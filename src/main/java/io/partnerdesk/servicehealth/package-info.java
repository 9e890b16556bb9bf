/** Service health: the vendor's health feed, incidents and the customers they touch, and managing customers' services. */
package io.partnerdesk.servicehealth;
