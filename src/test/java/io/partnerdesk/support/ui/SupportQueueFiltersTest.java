package io.partnerdesk.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequestRepository.QueueFilter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The filters a link (the dashboard's figures) opens the queue with, and what a hostile link gets. */
class SupportQueueFiltersTest {

    private static SupportQueueView openedWith(Map<String, String> parameters) {
        SupportQueueView view = new SupportQueueView();
        view.filterFrom(parameters);
        return view;
    }

    @Test
    void theDashboardsLinksOpenTheQueueFilteredAsTheirFigureCounts() {
        assertThat(openedWith(Map.of("severity", "A")).getSeverity()).isEqualTo(Severity.A);
        assertThat(openedWith(Map.of("assignee", "me")).getAssignee()).isEqualTo(SupportQueueView.ME);
        assertThat(openedWith(Map.of("assignee", "none")).getAssignee()).isEqualTo(QueueFilter.UNASSIGNED);
        assertThat(openedWith(Map.of("due", "late")).isBreachingOnly()).isTrue();
        SupportQueueView soon = openedWith(Map.of("due", "soon"));
        assertThat(soon.isDueSoonOnly()).isTrue();
        assertThat(soon.isBreachingOnly()).isFalse();
        assertThat(soon.isOpenOnly()).as("open requests only, as ever").isTrue();
    }

    @Test
    void anythingElseInTheLinkIsIgnoredAndTheQueueOpensUnfiltered() {
        SupportQueueView view = openedWith(Map.of(
                "severity", "<script>alert(1)</script>",
                "assignee", "alice@other-organisation",
                "due", "'; DROP TABLE support_request; --"));

        assertThat(view.getSeverity()).isNull();
        assertThat(view.getAssignee()).isNull();
        assertThat(view.isBreachingOnly()).isFalse();
        assertThat(view.isDueSoonOnly()).isFalse();
        assertThat(openedWith(Map.of("severity", "a")).getSeverity())
                .as("codes are exact")
                .isNull();
    }
}
