package io.partnerdesk.notification.ui;

import io.partnerdesk.notification.application.Notices;
import io.partnerdesk.notification.domain.Notice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The latest notices to the caller's organisation, on the dashboard. */
@Named
@RequestScoped
public class NoticesView {

    @Inject
    Notices notices;

    private List<Notice> latest;

    public List<Notice> getLatest() {
        if (latest == null) {
            latest = notices.latest(10);
        }
        return latest;
    }
}
