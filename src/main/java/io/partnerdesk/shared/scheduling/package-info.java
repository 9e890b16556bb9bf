/** Scheduled jobs that must run once per cluster, not once per instance. */
package io.partnerdesk.shared.scheduling;
