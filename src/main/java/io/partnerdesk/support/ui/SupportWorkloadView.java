package io.partnerdesk.support.ui;

import io.partnerdesk.shared.web.Access;
import io.partnerdesk.shared.web.BarChart;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.support.application.SupportQueueService;
import io.partnerdesk.support.domain.SupportRequestRepository.DailyCount;
import io.partnerdesk.support.domain.SupportRequestRepository.Workload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The dashboard's support card: the caller's open requests by severity, first responses due within
 * the hour and late, assigned to them and to nobody; each figure opens the queue filtered to it.
 * Only for the partner staff who work the queue.
 */
@Named
@RequestScoped
public class SupportWorkloadView {

    @Inject
    SupportQueueService queue;

    @Inject
    Access access;

    /** Days the chart of requests received and resolved goes back, today included. */
    public static final int CHART_DAYS = 30;

    private Workload workload;
    private String chart;

    public boolean isShown() {
        return access.isMayWorkSupport();
    }

    /** A bar chart of requests received and resolved or closed per day over the last {@link #CHART_DAYS} days. */
    public String getChart() {
        if (chart == null) {
            List<DailyCount> days = queue.dailyActivity(CHART_DAYS);
            DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", Messages.locale());
            chart = BarChart.of(
                    days.stream().map(d -> format.format(d.day())).toList(),
                    false,
                    new BarChart.Series(
                            Messages.text("dashboard.support.chart.opened"),
                            days.stream().mapToLong(DailyCount::opened).toArray(),
                            "#0b5cab"),
                    new BarChart.Series(
                            Messages.text("dashboard.support.chart.resolved"),
                            days.stream().mapToLong(DailyCount::resolved).toArray(),
                            "#2e7d32"));
        }
        return chart;
    }

    public Workload getWorkload() {
        if (workload == null) {
            workload = queue.workload();
        }
        return workload;
    }
}
