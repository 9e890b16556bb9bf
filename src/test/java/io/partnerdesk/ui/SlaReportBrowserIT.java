package io.partnerdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.BrowserFixture;
import io.partnerdesk.ui.pages.SlaReportPage;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The SLA report page as a helpdesk agent reads it, and a period it cannot cover. */
class SlaReportBrowserIT extends BrowserFixture {

    private static String label(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.ENGLISH) + " " + month.getYear();
    }

    @Test
    void hanaReadsHerOrganisationsFirstResponseTimesAndAPeriodBackwardsSaysWhyNextToTheField() {
        browser.signIn("hana");
        browser.click(By.id("menu-sla-report"));
        browser.screenshot("sla-01-report");

        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        String table = browser.text(By.id("report-table"));
        assertThat(table).contains(label(now), "A – critical");
        assertThat(browser.driver().findElements(By.cssSelector("#report-chart canvas")))
                .hasSize(1);
        assertThat(browser.driver().findElements(By.id("report-form:report-export")))
                .hasSize(1);

        new SlaReportPage(browser).show(label(now), label(now.minusMonths(2)));
        browser.screenshot("sla-02-backwards");

        assertThat(browser.text(By.id("report-form:report-to-message"))).contains("first month no later than the last");
        assertThat(browser.text(By.id("report-table")))
                .as("the last period shown stays")
                .contains(label(now));
    }

    @Test
    void aSalesAgentIsNeitherOfferedNorShownTheReport() {
        browser.signIn("sam");

        assertThat(browser.driver().findElements(By.id("menu-sla-report"))).isEmpty();
        browser.open("support/sla-report.xhtml");
        assertThat(browser.driver().findElements(By.id("report-table"))).isEmpty();
    }
}
