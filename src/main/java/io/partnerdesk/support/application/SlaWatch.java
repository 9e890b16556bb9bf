package io.partnerdesk.support.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.metrics.PortalMetrics;
import io.partnerdesk.support.domain.SlaClock;
import io.partnerdesk.support.domain.SupportRequest;
import io.partnerdesk.support.domain.SupportRequestRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Tells the handler when a request's first response is about to be late (at risk, {@link SlaClock#isAtRisk})
 * and when it is late; each once per request. Run by {@link SlaWatchJob}; nobody calls it from a
 * page or the API.
 */
@Stateless
@PermitAll
public class SlaWatch {

    private static final int BATCH = 200;

    @Inject
    SupportRequestRepository requests;

    @Inject
    SupportNotifier notifier;

    @Inject
    AuditLog auditLog;

    @Inject
    PortalMetrics metrics;

    /** Sends the warnings and breach notices due at {@code now}; returns how many it sent. */
    public int check(Instant now) {
        int sent = 0;
        for (SupportRequest request : requests.dueBefore(now, true, BATCH)) {
            request.markWarned();
            request.markBreachNotified();
            metrics.count(PortalMetrics.Counter.FIRST_RESPONSES_LATE);
            auditLog.record(SupportAudit.of(
                    request,
                    "SUPPORT_REQUEST_SLA_BROKEN",
                    null,
                    SystemText.of("audit.value.firstResponseWasDue", request.getFirstResponseDue())));
            notifier.toHandler(
                    request,
                    "notice.request.slaBroken",
                    request.getTitle(),
                    request.getCustomer().getCompanyName());
            sent++;
        }
        for (SupportRequest request : requests.dueBefore(SlaClock.atRiskUntil(now), false, BATCH)) {
            if (request.isSlaWarned()) {
                // Found overdue above in this same run (changes are written at commit, so the query
                // still sees it unwarned): it got the overdue notice, not a warning that it is due.
                continue;
            }
            request.markWarned();
            notifier.toHandler(
                    request,
                    "notice.request.slaApproaching",
                    request.getTitle(),
                    request.getCustomer().getCompanyName(),
                    Math.max(
                            0,
                            Duration.between(now, request.getFirstResponseDue()).toMinutes()));
            sent++;
        }
        return sent;
    }
}
