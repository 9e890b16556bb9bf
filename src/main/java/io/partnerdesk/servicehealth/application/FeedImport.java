package io.partnerdesk.servicehealth.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.partner.application.OperatorAccess;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.servicehealth.domain.FeedDocument;
import io.partnerdesk.servicehealth.domain.ServiceHealth;
import io.partnerdesk.servicehealth.domain.ServiceHealthRepository;
import io.partnerdesk.servicehealth.domain.ServiceIncident;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.events.OrganisationEvent;
import io.partnerdesk.shared.metrics.PortalMetrics;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.subscription.domain.OnlineService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Imports a service-communications document in one transaction: the whole document is checked
 * first, so a malformed one changes nothing. Idempotent: statuses and issues are matched by service
 * and by the vendor's issue id, posts by their publication time.
 *
 * <p>Service health is the same for every tenant, so only the operator's global admin imports by
 * hand, and every import is audited in the operator's log whoever or whatever made it. A document
 * dated in the future (beyond {@link #CLOCK_SKEW}) is refused whole: an issue changed "in 2099"
 * would win against every later genuine update.
 */
@Stateless
public class FeedImport {

    @Inject
    PortalMetrics metrics;

    static final String AUDIT_ACTION = "SERVICE_HEALTH_IMPORTED";
    /** How far ahead of this server's clock a feed's dates may be, for clocks that disagree a little. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    ServiceHealthRepository repository;

    @Inject
    FeedServiceNames names;

    @Inject
    AuditLog auditLog;

    @Inject
    CurrentUser currentUser;

    @Inject
    OperatorAccess operatorAccess;

    @Inject
    PartnerRepository partners;

    @Inject
    Event<OrganisationEvent> events;

    /**
     * The operator's global admin imports a document (uploaded, or posted to the API); always
     * audited. Anyone else is refused with 403, whatever their role in their own organisation.
     */
    @RolesAllowed(Role.GLOBAL_ADMIN)
    public ImportResult importDocument(String json, String source) {
        operatorAccess.requireSharedDataAdmin();
        ImportResult result = counted(() -> apply(notInTheFuture(FeedParser.parse(json))));
        audit(source, result);
        return result;
    }

    /** The portal imports a document by itself (the poll, the demo feed); audited when it changed something. */
    @PermitAll
    public ImportResult importFetched(String json, String source) {
        ImportResult result = counted(() -> apply(notInTheFuture(FeedParser.parse(json))));
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

    /** Counts the import, or its failure (a document refused, whatever the reason). */
    private ImportResult counted(java.util.function.Supplier<ImportResult> importing) {
        try {
            ImportResult result = importing.get();
            metrics.count(PortalMetrics.Counter.FEED_IMPORTS);
            return result;
        } catch (RuntimeException refused) {
            metrics.count(PortalMetrics.Counter.FEED_IMPORT_FAILURES);
            throw refused;
        }
    }

    /** The document, unless one of its issues is dated later than now (give or take the clock skew). */
    static FeedDocument notInTheFuture(FeedDocument document) {
        Instant latestAllowed = Instant.now().plus(CLOCK_SKEW);
        for (FeedDocument.IssueReport issue : document.issues()) {
            inThePast(issue.id(), "startDateTime", issue.startDateTime(), latestAllowed);
            inThePast(issue.id(), "lastModifiedDateTime", issue.lastModifiedDateTime(), latestAllowed);
            for (FeedDocument.PostReport post : issue.posts()) {
                inThePast(issue.id(), "posts.createdDateTime", post.publishedAt(), latestAllowed);
            }
        }
        return document;
    }

    private static void inThePast(String issueId, String field, Instant at, Instant latestAllowed) {
        if (at != null && at.isAfter(latestAllowed)) {
            throw new BusinessException(
                    422, "FEED_ITEM_IN_FUTURE", List.of(issueId, field, at.toString()), field, issueId, at);
        }
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
                ServiceIncident created = new ServiceIncident(report, service, now);
                repository.add(created);
                announce(created);
                added++;
            } else if (incident.get().update(report, service, now)) {
                announce(incident.get());
                updated++;
            }
        }
        return new ImportResult(servicesChanged, added, updated, java.util.List.copyOf(unmapped));
    }

    /** Every partner may read incidents: each with a webhook for them hears of it. */
    private void announce(ServiceIncident incident) {
        events.fire(OrganisationEvent.of(
                OrganisationEvent.Kind.SERVICE_INCIDENT_UPDATED,
                null,
                "ServiceIncident",
                incident.getId(),
                "title",
                incident.getTitle(),
                "service",
                incident.getService().getName(),
                "status",
                incident.getStatus().name(),
                "classification",
                incident.getClassification() == null
                        ? null
                        : incident.getClassification().name(),
                "lastModifiedAt",
                incident.getLastModifiedAt()));
    }

    private void audit(String source, ImportResult result) {
        auditLog.record(new AuditLog.Entry(
                AUDIT_ACTION,
                "ServiceHealthFeed",
                source,
                partners.findOperator()
                        .map(Partner::getId)
                        .orElseGet(() -> currentUser.isSignedIn()
                                ? currentUser.partnerId().orElse(null)
                                : null),
                null,
                null,
                null,
                result.auditText()));
    }
}
