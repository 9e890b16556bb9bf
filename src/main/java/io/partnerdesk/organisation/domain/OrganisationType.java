package io.partnerdesk.organisation.domain;

/** Whether an organisation is a partner (its staff sign in) or a customer (its admins sign in). */
public enum OrganisationType {
    PARTNER,
    CUSTOMER
}
