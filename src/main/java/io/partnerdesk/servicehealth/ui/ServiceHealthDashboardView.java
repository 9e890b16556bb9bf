package io.partnerdesk.servicehealth.ui;

import io.partnerdesk.servicehealth.application.ImportResult;
import io.partnerdesk.servicehealth.application.ServiceHealthService;
import io.partnerdesk.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", HealthFormat.locale());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder incidents = Json.createArrayBuilder();
        JsonArrayBuilder advisories = Json.createArrayBuilder();
        for (ServiceHealthService.WeeklyCount week : weeks) {
            labels.add(format.format(week.weekStart()));
            incidents.add(week.incidents());
            advisories.add(week.advisories());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(dataset(
                                                        Messages.text("servicehealth.chart.incidents"),
                                                        incidents,
                                                        "#d9342b"))
                                                .add(dataset(
                                                        Messages.text("servicehealth.chart.advisories"),
                                                        advisories,
                                                        "#3b82f6"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true))
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true)
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }
}
