/** What every page stands on: the one failure path ({@link io.partnerdesk.shared.web.BusinessExceptionHandler}), the id converter, language, messages, security headers and cross-site checks. */
package io.partnerdesk.shared.web;
