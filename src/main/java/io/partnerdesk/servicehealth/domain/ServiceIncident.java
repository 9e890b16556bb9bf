package io.partnerdesk.servicehealth.domain;

import io.partnerdesk.subscription.domain.OnlineService;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An issue the vendor reports for an online service (an incident or an advisory), with its
 * timeline of posts. Its id is the vendor's, so importing the same issue again updates it.
 */
@Entity
@Table(name = "service_incident")
public class ServiceIncident {

    @Id
    @Column(name = "id", length = 100)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private OnlineService service;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 40)
    private HealthStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "classification", nullable = false, length = 20)
    private Classification classification;

    @Column(name = "impact_description", length = 2000)
    private String impactDescription;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at")
    private Instant endAt;

    @Column(name = "resolved", nullable = false)
    private boolean resolved;

    @Column(name = "last_modified_at")
    private Instant lastModifiedAt;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL)
    @OrderBy("publishedAt")
    private List<IncidentPost> posts = new ArrayList<>();

    protected ServiceIncident() {}

    public ServiceIncident(FeedDocument.IssueReport report, OnlineService service, Instant at) {
        this.id = report.id();
        this.importedAt = at;
        take(report, service);
        report.posts().forEach(p -> post(p.publishedAt(), p.content()));
    }

    /**
     * Takes what the feed now reports, unless the report is older than what we hold (a newer
     * document was imported first). Posts are only ever added or corrected, never dropped.
     * Returns whether anything changed.
     */
    public boolean update(FeedDocument.IssueReport report, OnlineService reportedService, Instant at) {
        boolean changed = false;
        boolean older = report.lastModifiedDateTime() != null
                && lastModifiedAt != null
                && report.lastModifiedDateTime().isBefore(lastModifiedAt);
        if (!older && differsFrom(report, reportedService)) {
            take(report, reportedService);
            changed = true;
        }
        for (FeedDocument.PostReport p : report.posts()) {
            changed |= post(p.publishedAt(), p.content());
        }
        if (changed) {
            importedAt = at;
        }
        return changed;
    }

    /** Adds a post, or corrects the text of the post published at the same moment. */
    private boolean post(Instant publishedAt, String content) {
        for (IncidentPost existing : posts) {
            if (existing.getPublishedAt().equals(publishedAt)) {
                return existing.rewrite(content);
            }
        }
        posts.add(new IncidentPost(this, publishedAt, content));
        return true;
    }

    private boolean differsFrom(FeedDocument.IssueReport r, OnlineService reportedService) {
        return !service.getId().equals(reportedService.getId())
                || !title.equals(r.title())
                || status != r.status()
                || classification != r.classification()
                || !Objects.equals(impactDescription, r.impactDescription())
                || !startAt.equals(r.startDateTime())
                || !Objects.equals(endAt, r.endDateTime())
                || resolved != r.resolved()
                || !Objects.equals(lastModifiedAt, r.lastModifiedDateTime());
    }

    private void take(FeedDocument.IssueReport r, OnlineService reportedService) {
        service = reportedService;
        title = r.title();
        status = r.status();
        classification = r.classification();
        impactDescription = r.impactDescription();
        startAt = r.startDateTime();
        endAt = r.endDateTime();
        resolved = r.resolved();
        lastModifiedAt = r.lastModifiedDateTime();
    }

    public boolean isActive() {
        return !resolved;
    }

    public String getId() {
        return id;
    }

    public OnlineService getService() {
        return service;
    }

    public String getTitle() {
        return title;
    }

    public HealthStatus getStatus() {
        return status;
    }

    public Classification getClassification() {
        return classification;
    }

    public String getImpactDescription() {
        return impactDescription;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public boolean isResolved() {
        return resolved;
    }

    public Instant getLastModifiedAt() {
        return lastModifiedAt;
    }

    public List<IncidentPost> getPosts() {
        return posts;
    }
}
