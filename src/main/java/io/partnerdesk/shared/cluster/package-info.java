/** Messages between the instances of a cluster: what one instance tells all of them at once. */
package io.partnerdesk.shared.cluster;
