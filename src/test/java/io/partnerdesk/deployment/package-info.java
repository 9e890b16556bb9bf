/**
 * Tests of the production deployment: PostgreSQL, a company OpenLDAP directory and a two-instance
 * cluster, each started with server-config/ exactly as an operator would.
 */
package io.partnerdesk.deployment;
