package io.partnerdesk.servicehealth.ui;

import io.partnerdesk.servicehealth.domain.HealthStatus;
import io.partnerdesk.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * How the service health pages show a status (bundle key, colour, icon) and a time, in one place;
 * a status the feed has not reported yet shows as "unknown".
 */
@Named("health")
@ApplicationScoped
public class HealthFormat {

    public String label(HealthStatus status) {
        return "servicehealth.status." + (status == null ? "unknown" : status.graphName());
    }

    public String severity(HealthStatus status) {
        return status == null ? "secondary" : status.level().severity();
    }

    public String icon(HealthStatus status) {
        return status == null ? "pi pi-question-circle" : status.level().icon();
    }

    public boolean trouble(HealthStatus status) {
        return status != null && status.level().isTrouble();
    }

    public String levelOf(HealthStatus status) {
        return status == null ? "UNKNOWN" : status.level().name();
    }

    /** A moment as every page writes it (the page's language, the reader's time zone). */
    public String time(Instant instant) {
        return Messages.dateTime(instant);
    }
}
