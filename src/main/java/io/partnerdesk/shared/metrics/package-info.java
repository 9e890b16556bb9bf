/**
 * The portal's own metrics (MicroProfile Metrics, application scope, at {@code /metrics} in
 * Prometheus text): what happened ({@link PortalMetrics} counters, which the use cases count in the
 * transaction that does it), how long requests took (a timer per REST endpoint and per page) and
 * gauges of the support queue. server-config/README.md lists each with an alert rule.
 */
package io.partnerdesk.shared.metrics;
