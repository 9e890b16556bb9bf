package io.partnerdesk.support.domain;

/**
 * How bad it is. A (critical) is answered around the clock, B (moderate) and C (minimal) within
 * the handling partner's service hours (rule 7).
 */
public enum Severity {
    A,
    B,
    C;

    public boolean isAroundTheClock() {
        return this == A;
    }
}
