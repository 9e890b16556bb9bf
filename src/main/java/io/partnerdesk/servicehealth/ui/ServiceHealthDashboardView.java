package io.partnerdesk.servicehealth.ui;

import io.partnerdesk.servicehealth.application.ImportResult;
import io.partnerdesk.servicehealth.application.ServiceHealthService;
import io.partnerdesk.shared.web.BarChart;
import io.partnerdesk.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The service health dashboard ({@code /servicehealth/dashboard.xhtml}): read-only, so request scoped. */
@Named
@RequestScoped
public class ServiceHealthDashboardView {

    @Inject
    ServiceHealthService serviceHealth;

    private List<ServiceHealthService.ServiceStatus> services = List.of();
    private String chart = "{}";
    /** A vendor's whole feed fits; the same limit as the API's feed import. */
    static final long MAX_FEED_BYTES = 5L * 1024 * 1024;

    private Part upload;

    public void load() {
        services = serviceHealth.overview();
        chart = chartOf(serviceHealth.incidentsPerWeek(ServiceHealthService.CHART_WEEKS));
    }

    /** Imports the uploaded feed document, then shows the new state (the old one if the import was refused). */
    public void importFeed() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            Messages.error("feed-file", "servicehealth.import.noFile");
            return;
        }
        if (upload.getSize() > MAX_FEED_BYTES) {
            Messages.error("feed-file", "servicehealth.import.tooLarge", MAX_FEED_BYTES / (1024 * 1024));
            return;
        }
        String document;
        try (InputStream in = upload.getInputStream()) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            ImportResult result = serviceHealth.importUploaded(document, upload.getSubmittedFileName());
            Messages.info(
                    null,
                    "servicehealth.import.done",
                    result.servicesChanged(),
                    result.incidentsAdded(),
                    result.incidentsUpdated());
            if (!result.unmappedServices().isEmpty()) {
                Messages.info(null, "servicehealth.import.unmapped", String.join(", ", result.unmappedServices()));
            }
        } finally {
            load();
        }
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public List<ServiceHealthService.ServiceStatus> getServices() {
        return services;
    }

    public long getServicesInTrouble() {
        return services.stream()
                .filter(s -> s.status() != null && s.status().level().isTrouble())
                .count();
    }

    /** A Chart.js bar chart of incidents and advisories per week, stacked. */
    public String getChart() {
        return chart;
    }

    private static String chartOf(List<ServiceHealthService.WeeklyCount> weeks) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", Messages.locale());
        return BarChart.of(
                weeks.stream().map(w -> format.format(w.weekStart())).toList(),
                true,
                new BarChart.Series(
                        Messages.text("servicehealth.chart.incidents"),
                        weeks.stream()
                                .mapToLong(ServiceHealthService.WeeklyCount::incidents)
                                .toArray(),
                        "#d9342b"),
                new BarChart.Series(
                        Messages.text("servicehealth.chart.advisories"),
                        weeks.stream()
                                .mapToLong(ServiceHealthService.WeeklyCount::advisories)
                                .toArray(),
                        "#3b82f6"));
    }
}
