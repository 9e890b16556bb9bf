package io.partnerdesk.support.ui;

import io.partnerdesk.shared.web.BarChart;
import io.partnerdesk.shared.web.CsvDownload;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.support.application.SlaReportCsv;
import io.partnerdesk.support.application.SupportQueueService;
import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequestRepository.SlaLine;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The SLA report page ({@code /support/sla-report.xhtml}): the organisation's first-response times
 * and breaches per month and severity over the months chosen, as a chart of the median first
 * response, a table, and a CSV download.
 */
@Named
@ViewScoped
public class SlaReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Months the report starts with: this one and the five before. */
    static final int DEFAULT_MONTHS = 6;

    private static final String[] COLOURS = {"#b71c1c", "#0b5cab", "#2e7d32"};

    @Inject
    SupportQueueService queue;

    private String from =
            YearMonth.now(ZoneOffset.UTC).minusMonths(DEFAULT_MONTHS - 1L).toString();
    private String to = YearMonth.now(ZoneOffset.UTC).toString();
    /** The period the page shows: the last one chosen that the report could cover. */
    private String shownFrom = from;

    private String shownTo = to;
    /** Transient: read again whenever the page renders. */
    private transient List<SlaLine> lines;

    private transient String chart;

    /** The months one can choose, newest first: the last two years. */
    public List<String> getMonths() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        List<String> months = new ArrayList<>();
        for (int i = 0; i < SupportQueueService.MAX_REPORT_MONTHS; i++) {
            months.add(now.minusMonths(i).toString());
        }
        return months;
    }

    /** "November 2026" for "2026-11", in the reader's language. */
    public String monthLabel(String month) {
        YearMonth m = YearMonth.parse(month);
        return m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Messages.locale()) + " " + m.getYear();
    }

    /** Shows the report for the months chosen (a period the report cannot cover says why). */
    public void show() {
        Messages.refusalsGoTo("report-form:report-to");
        List<SlaLine> chosen = queue.slaReport(YearMonth.parse(from), YearMonth.parse(to));
        lines = chosen;
        chart = null;
        shownFrom = from;
        shownTo = to;
    }

    public List<SlaLine> getLines() {
        if (lines == null) {
            lines = queue.slaReport(YearMonth.parse(shownFrom), YearMonth.parse(shownTo));
        }
        return lines;
    }

    /** The median first response per month, one series per severity, in whole minutes. */
    public String getChart() {
        if (chart == null) {
            YearMonth first = YearMonth.parse(shownFrom);
            YearMonth last = YearMonth.parse(shownTo);
            List<String> labels = new ArrayList<>();
            DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", Messages.locale());
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                labels.add(format.format(m));
            }
            List<BarChart.Series> series = new ArrayList<>();
            for (Severity severity : Severity.values()) {
                long[] medians = new long[labels.size()];
                for (SlaLine line : getLines()) {
                    int i = (int) first.until(line.month(), java.time.temporal.ChronoUnit.MONTHS);
                    if (line.severity() == severity && line.p50Minutes() != null && i >= 0 && i < medians.length) {
                        medians[i] = Math.round(line.p50Minutes());
                    }
                }
                series.add(new BarChart.Series(
                        Messages.text("support.severity." + severity.name()), medians, COLOURS[severity.ordinal()]));
            }
            chart = BarChart.of(labels, false, series.toArray(BarChart.Series[]::new));
        }
        return chart;
    }

    /** The report as CSV, downloaded. */
    public void exportCsv() throws IOException {
        show();
        CsvDownload.send("partnerdesk-sla-report-" + shownFrom + "-" + shownTo + ".csv", SlaReportCsv.of(getLines()));
    }

    /** Minutes as the table shows them: one decimal, or a dash when nothing was answered. */
    public String minutes(Double minutes) {
        return minutes == null ? "–" : String.format(Messages.locale(), "%.1f", minutes);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
