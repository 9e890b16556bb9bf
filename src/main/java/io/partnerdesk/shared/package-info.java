/** What every feature stands on: security, persistence, web and API plumbing, configuration, and the business failures every use case can end in. */
package io.partnerdesk.shared;
