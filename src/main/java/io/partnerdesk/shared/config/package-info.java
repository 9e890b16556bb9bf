/** Start-up configuration and what the portal tells the operator. */
package io.partnerdesk.shared.config;
