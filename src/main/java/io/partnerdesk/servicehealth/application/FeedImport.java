package io.partnerdesk.servicehealth.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.servicehealth.domain.FeedDocument;
import io.partnerdesk.servicehealth.domain.ServiceHealth;
import io.partnerdesk.servicehealth.domain.ServiceHealthRepository;
import io.partnerdesk.servicehealth.domain.ServiceIncident;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.subscription.domain.OnlineService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Imports a service-communications document in one transaction: the whole document is checked
 * first, so a malformed one changes nothing. Idempotent: statuses and issues are matched by service
 * and by the vendor's issue id, posts by their publication time.
 */
@Stateless
public class FeedImport {

    static final String AUDIT_ACTION = "SERVICE_HEALTH_IMPORTED";

    @Inject
    ServiceHealthRepository repository;

    @Inject
    FeedServiceNames names;

    @Inject
    AuditLog auditLog;

    @Inject
    CurrentUser currentUser;

    /** A global admin imports a document (uploaded, or posted to the API); always audited. */
    @RolesAllowed(Role.GLOBAL_ADMIN)
    public ImportResult importDocument(String json, String source) {
        ImportResult result = apply(FeedParser.parse(json));
        audit(source, result);
        return result;
    }

    /** The portal imports a document by itself (the poll, the demo feed); audited when it changed something. */
    @PermitAll
    public ImportResult importFetched(String json, String source) {
        ImportResult result = apply(FeedParser.parse(json));
        if (result.changedAnything()) {
            audit(source, result);
        }
        return result;
    }

    /**
     * The portal loads its demo feed, re-dated to the time of loading (see {@link DemoFeed}). An
     * issue that an earlier start loaded at other dates is replaced whole: merged, its timeline would
     * hold every post twice, at the old and the new dates. Audited when it changed something.
     */
    @PermitAll
    public ImportResult importDemo(FeedDocument document, String source) {
        for (FeedDocument.IssueReport issue : document.issues()) {
            repository
                    .findIncident(issue.id())
                    .filter(stored -> !stored.getStartAt().equals(issue.startDateTime()))
                    .ifPresent(repository::remove);
        }
        ImportResult result = apply(document);
        if (result.changedAnything()) {
            audit(source, result);
        }
        return result;
    }

    private ImportResult apply(FeedDocument document) {
        Instant now = Instant.now();
        Map<String, OnlineService> services = names.mapping(repository.services());
        TreeSet<String> unmapped = new TreeSet<>();
        int servicesChanged = 0;
        for (FeedDocument.HealthReport report : document.healthOverviews()) {
            OnlineService service = services.get(FeedServiceNames.key(report.service()));
            if (service == null) {
                unmapped.add(report.service());
                continue;
            }
            Optional<ServiceHealth> health = repository.findHealth(service.getId());
            if (health.isEmpty()) {
                repository.add(new ServiceHealth(service, report.status(), now));
                servicesChanged++;
            } else if (health.get().report(report.status(), now)) {
                servicesChanged++;
            }
        }
        int added = 0;
        int updated = 0;
        for (FeedDocument.IssueReport report : document.issues()) {
            OnlineService service = services.get(FeedServiceNames.key(report.service()));
            if (service == null) {
                unmapped.add(report.service());
                continue;
            }
            Optional<ServiceIncident> incident = repository.findIncident(report.id());
            if (incident.isEmpty()) {
                repository.add(new ServiceIncident(report, service, now));
                added++;
            } else if (incident.get().update(report, service, now)) {
                updated++;
            }
        }
        return new ImportResult(servicesChanged, added, updated, java.util.List.copyOf(unmapped));
    }

    private void audit(String source, ImportResult result) {
        auditLog.record(new AuditLog.Entry(
                AUDIT_ACTION,
                "ServiceHealthFeed",
                source,
                currentUser.isSignedIn() ? currentUser.partnerId().orElse(null) : null,
                null,
                null,
                null,
                result.summary()));
    }
}
