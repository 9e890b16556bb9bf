/**
 * The production services the deployment tests run against for real: a PostgreSQL database, an
 * OpenLDAP directory (Debian's slapd) and Payara Micro instances started with server-config/.
 */
package io.partnerdesk.testsupport.production;
