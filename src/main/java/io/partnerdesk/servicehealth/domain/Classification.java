package io.partnerdesk.servicehealth.domain;

/** What kind of issue the vendor reports: an advisory (limited impact) or an incident. */
public enum Classification {
    ADVISORY,
    INCIDENT
}
