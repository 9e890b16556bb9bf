package io.partnerdesk.support.application;

import io.partnerdesk.support.domain.SupportRequestRepository.SlaLine;
import java.util.List;
import java.util.Locale;

/** The SLA report as CSV: a header line, then one line per month and severity (numbers only, nothing a spreadsheet runs). */
public final class SlaReportCsv {

    public static final String HEADER =
            "month,severity,requests,firstResponseP50Minutes,firstResponseP90Minutes,breached";

    private SlaReportCsv() {}

    public static String of(List<SlaLine> lines) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (SlaLine line : lines) {
            csv.append(line.month())
                    .append(',')
                    .append(line.severity())
                    .append(',')
                    .append(line.requests())
                    .append(',')
                    .append(minutes(line.p50Minutes()))
                    .append(',')
                    .append(minutes(line.p90Minutes()))
                    .append(',')
                    .append(line.breached())
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String minutes(Double minutes) {
        return minutes == null ? "" : String.format(Locale.ROOT, "%.1f", minutes);
    }
}
