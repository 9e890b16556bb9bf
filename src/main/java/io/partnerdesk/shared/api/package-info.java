/** The REST application, its JSON errors and its role checks. */
package io.partnerdesk.shared.api;
