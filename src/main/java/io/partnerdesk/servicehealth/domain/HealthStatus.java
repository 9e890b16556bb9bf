package io.partnerdesk.servicehealth.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The service health statuses of Microsoft Graph's serviceAnnouncement, each with its level. */
public enum HealthStatus {
    SERVICE_OPERATIONAL("serviceOperational", HealthLevel.OPERATIONAL),
    INVESTIGATING("investigating", HealthLevel.DEGRADED),
    RESTORING_SERVICE("restoringService", HealthLevel.DEGRADED),
    VERIFYING_SERVICE("verifyingService", HealthLevel.DEGRADED),
    SERVICE_RESTORED("serviceRestored", HealthLevel.OPERATIONAL),
    POST_INCIDENT_REVIEW_PUBLISHED("postIncidentReviewPublished", HealthLevel.OPERATIONAL),
    SERVICE_DEGRADATION("serviceDegradation", HealthLevel.DEGRADED),
    SERVICE_INTERRUPTION("serviceInterruption", HealthLevel.INTERRUPTED),
    EXTENDED_RECOVERY("extendedRecovery", HealthLevel.DEGRADED),
    FALSE_POSITIVE("falsePositive", HealthLevel.OPERATIONAL),
    INVESTIGATION_SUSPENDED("investigationSuspended", HealthLevel.ADVISORY),
    RESOLVED("resolved", HealthLevel.OPERATIONAL),
    MITIGATED_EXTERNAL("mitigatedExternal", HealthLevel.ADVISORY),
    MITIGATED("mitigated", HealthLevel.ADVISORY),
    RESOLVED_EXTERNAL("resolvedExternal", HealthLevel.OPERATIONAL),
    CONFIRMED("confirmed", HealthLevel.DEGRADED),
    REPORTED("reported", HealthLevel.ADVISORY),
    UNKNOWN_FUTURE_VALUE("unknownFutureValue", HealthLevel.ADVISORY);

    private final String graphName;
    private final HealthLevel level;

    HealthStatus(String graphName, HealthLevel level) {
        this.graphName = graphName;
        this.level = level;
    }

    /** The status as the feed and the API spell it, e.g. {@code serviceDegradation}. */
    public String graphName() {
        return graphName;
    }

    public HealthLevel level() {
        return level;
    }

    public static Optional<HealthStatus> fromGraphName(String name) {
        return Arrays.stream(values()).filter(s -> s.graphName.equals(name)).findFirst();
    }

    /** The statuses that put a service in trouble. */
    public static List<HealthStatus> troubled() {
        return Arrays.stream(values()).filter(s -> s.level.isTrouble()).toList();
    }
}
