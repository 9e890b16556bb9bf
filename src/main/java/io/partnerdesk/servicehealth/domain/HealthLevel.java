package io.partnerdesk.servicehealth.domain;

/** How bad a status is, which decides its colour and icon and whether a service is "in trouble". */
public enum HealthLevel {
    OPERATIONAL("success", "pi pi-check-circle"),
    ADVISORY("info", "pi pi-info-circle"),
    DEGRADED("warning", "pi pi-exclamation-triangle"),
    INTERRUPTED("danger", "pi pi-times-circle");

    private final String severity;
    private final String icon;

    HealthLevel(String severity, String icon) {
        this.severity = severity;
        this.icon = icon;
    }

    /** The PrimeFaces severity (colour) of this level: success, info, warning, danger. */
    public String severity() {
        return severity;
    }

    public String icon() {
        return icon;
    }

    public boolean isTrouble() {
        return this == DEGRADED || this == INTERRUPTED;
    }
}
