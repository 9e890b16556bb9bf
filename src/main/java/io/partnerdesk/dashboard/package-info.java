/** The page a person lands on after signing in. */
package io.partnerdesk.dashboard;
