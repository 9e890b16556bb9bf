/**
 * What every feature stands on and imports no feature: sign-in mechanics, persistence, web and API
 * plumbing, configuration, the business failures every use case can end in ({@link
 * io.partnerdesk.shared.BusinessException}), the one page of a list ({@link io.partnerdesk.shared.Page})
 * and the texts the system writes for people ({@link io.partnerdesk.shared.SystemText}).
 */
package io.partnerdesk.shared;
