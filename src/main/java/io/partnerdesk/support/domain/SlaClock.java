package io.partnerdesk.support.domain;

import io.partnerdesk.partner.domain.ServiceHours;
import io.partnerdesk.partner.domain.SupportOffering;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The first-response clock of rule 7: severity A runs around the clock, B and C only within the
 * handling partner's service hours (its weekly schedule in its time zone, less its holidays).
 */
public final class SlaClock {

    /**
     * How long before its due time an unanswered request is at risk: its handler is warned and the
     * pages show its clock as close.
     */
    public static final Duration AT_RISK_WITHIN = Duration.ofMinutes(30);

    private SlaClock() {}

    /** Whether a request with {@code timeLeft} until its first response is due is at risk: not late yet, but close. */
    public static boolean isAtRisk(Duration timeLeft) {
        return !timeLeft.isNegative() && timeLeft.compareTo(AT_RISK_WITHIN) <= 0;
    }

    /** The latest due time at which an unanswered request is at risk (or late) at {@code now}. */
    public static Instant atRiskUntil(Instant now) {
        return now.plus(AT_RISK_WITHIN);
    }

    /** When the first response to a request filed at {@code filedAt} is due. */
    public static Instant firstResponseDue(Severity severity, Instant filedAt, ServiceHours hours, Duration target) {
        return severity.isAroundTheClock() ? filedAt.plus(target) : hours.addWorkingTime(filedAt, target);
    }

    /** The same for a partner's published offering, or rule 7's defaults when it has none. */
    public static Instant firstResponseDue(Severity severity, Instant filedAt, Optional<SupportOffering> offering) {
        return firstResponseDue(
                severity,
                filedAt,
                offering.map(SupportOffering::hours).orElse(ServiceHours.DEFAULT),
                target(severity, offering));
    }

    /** The vendor answers partners around the clock, in rule 7's standard times. */
    public static Instant vendorResponseDue(Severity severity, Instant filedAt) {
        return filedAt.plus(target(severity, Optional.empty()));
    }

    public static Duration target(Severity severity, Optional<SupportOffering> offering) {
        int index = severity.ordinal();
        return Duration.ofMinutes(
                offering.map(o -> o.responseMinutes(index)).orElse(SupportOffering.STANDARD_RESPONSE_MINUTES[index]));
    }
}
