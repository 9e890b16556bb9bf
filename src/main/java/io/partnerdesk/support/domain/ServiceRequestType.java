package io.partnerdesk.support.domain;

/** Commercial requests are open to every partner; technical ones need a support plan (rule 6). */
public enum ServiceRequestType {
    COMMERCIAL,
    TECHNICAL
}
