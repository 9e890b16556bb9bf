/**
 * Events that any feature may fire and another observes, for effects that cross features without
 * the firing feature depending on the observing one. Events about one feature's own changes live in
 * that feature's {@code domain} package instead.
 */
package io.partnerdesk.shared.events;
