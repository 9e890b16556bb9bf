package io.partnerdesk.servicehealth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One post of an incident's timeline: what the vendor said, and when. */
@Entity
@Table(name = "service_incident_post")
public class IncidentPost {

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id")
    private ServiceIncident incident;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "content", nullable = false, length = 8000)
    private String content;

    protected IncidentPost() {}

    IncidentPost(ServiceIncident incident, Instant publishedAt, String content) {
        this.id = UUID.randomUUID();
        this.incident = incident;
        this.publishedAt = publishedAt;
        this.content = content;
    }

    boolean rewrite(String newContent) {
        if (content.equals(newContent)) {
            return false;
        }
        content = newContent;
        return true;
    }

    public UUID getId() {
        return id;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getContent() {
        return content;
    }
}
