package io.partnerdesk.shared.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * The Chart.js configuration of a bar chart with whole-number counts, as PrimeFaces' {@code p:chart}
 * takes it: one label per bar group, one series per colour.
 */
public final class BarChart {

    /** One series of counts, one per label, drawn in {@code colour}. */
    public record Series(String label, long[] counts, String colour) {}

    private BarChart() {}

    /** The chart's JSON; {@code stacked} draws a label's series on top of each other. */
    public static String of(List<String> labels, boolean stacked, Series... series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (long count : s.counts()) {
                data.add(count);
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", data)
                    .add("backgroundColor", s.colour()));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", Json.createArrayBuilder(labels))
                                .add("datasets", datasets))
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
                                                                .add("stacked", stacked))
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", stacked)
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }
}
