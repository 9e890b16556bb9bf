package io.partnerdesk.partner.domain;

/** How a customer may reach its partner's support. */
public enum ContactMethod {
    EMAIL,
    PHONE,
    WEB,
    CHAT
}
