/** Beans and servlets that every page uses: language, messages. */
package io.partnerdesk.shared.web;
