/**
 * Checks the build runs once before it starts anything: what the integration tests need of the
 * machine ({@link io.partnerdesk.testsupport.checks.TestPrerequisites}) and the ports of the demo run
 * ({@link io.partnerdesk.testsupport.checks.DemoPorts}). Each ends the build with one message that says
 * what is missing and how to get it. They live with the tests so that nothing of them is in the WAR.
 */
package io.partnerdesk.testsupport.checks;
