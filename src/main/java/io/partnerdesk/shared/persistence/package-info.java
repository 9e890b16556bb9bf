/** The database: connection pool, schema migrations and JPA converters. */
package io.partnerdesk.shared.persistence;
