package io.partnerdesk.ui.pages;

import io.partnerdesk.testsupport.Browser;

/** The SLA report page. */
public class SlaReportPage extends SupportPages {

    public SlaReportPage(Browser browser) {
        super(browser);
    }

    /** Chooses the months by their labels ("December 2026") and shows the report. */
    public SlaReportPage show(String from, String to) {
        choose("report-form:report-from", from);
        choose("report-form:report-to", to);
        click("report-form:report-show");
        return this;
    }
}
