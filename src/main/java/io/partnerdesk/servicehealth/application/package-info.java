/** Use cases of service health: importing the feed, the dashboard, incidents and managing a customer's services. */
package io.partnerdesk.servicehealth.application;
