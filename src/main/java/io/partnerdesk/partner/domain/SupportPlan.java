package io.partnerdesk.partner.domain;

/** The vendor's support plans for partners; technical escalations to the vendor need one. */
public enum SupportPlan {
    PREMIER,
    ADVANCED,
    SIGNATURE_CLOUD
}
