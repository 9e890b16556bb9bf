package io.partnerdesk.servicehealth.ui;

import io.partnerdesk.servicehealth.application.ServiceHealthService;
import io.partnerdesk.servicehealth.domain.IncidentPost;
import io.partnerdesk.shared.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One incident ({@code /servicehealth/incident.xhtml?id=...}): its timeline and the caller's impacted customers. */
@Named
@RequestScoped
public class IncidentView {

    @Inject
    ServiceHealthService serviceHealth;

    private String id;
    private ServiceHealthService.IncidentDetail detail;

    public void load() {
        if (id == null || id.isBlank()) {
            throw BusinessException.notFound("incident", "");
        }
        detail = serviceHealth.incident(id);
    }

    public boolean isFound() {
        return detail != null;
    }

    /** The posts, newest first. */
    public List<IncidentPost> getTimeline() {
        List<IncidentPost> posts = new ArrayList<>(detail.posts());
        Collections.reverse(posts);
        return posts;
    }

    public ServiceHealthService.IncidentDetail getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
