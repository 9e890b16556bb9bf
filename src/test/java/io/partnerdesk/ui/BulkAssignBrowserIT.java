package io.partnerdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.BrowserFixture;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.ui.pages.BulkAssignPage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk assignment in a real browser: alice selects Tailspin's subscriptions, previews Northwind (refused:
 * no delegated admin, nothing to apply) and Fabrikam (both change), applies, and reads what was done.
 * The demo contacts are put back afterwards.
 */
class BulkAssignBrowserIT extends BrowserFixture {

    private static final List<UUID> TAILSPIN_SUBSCRIPTIONS =
            List.of(Demo.TAILSPIN_BUSINESS_STANDARD, Demo.TAILSPIN_AZURE_PLAN);

    @AfterEach
    void close() {
        for (UUID subscription : TAILSPIN_SUBSCRIPTIONS) {
            api.send(
                    "PUT",
                    "alice",
                    "api/v1/customers/" + Demo.TAILSPIN + "/subscriptions/" + subscription + "/supportcontact",
                    "{\"partnerId\":\"" + Demo.CONTOSO + "\"}");
        }
    }

    @Test
    void aliceAssignsFabrikamToTailspinsSubscriptionsAfterAPreview() {
        browser.signIn("alice");
        BulkAssignPage page = BulkAssignPage.open(browser).filter("Tailspin", 2).selectAllMatching();
        assertThat(page.selectedCount()).contains("2");

        page.preview("Northwind IT");
        browser.screenshot("20-bulk-preview-refused");
        assertThat(page.lines("preview"))
                .hasSize(2)
                .allMatch(line -> line.contains("Refused") && line.contains("delegated admin"));
        assertThat(page.mayApply()).isFalse();

        page.preview("Fabrikam Solutions");
        assertThat(page.lines("preview")).hasSize(2).allMatch(line -> line.contains("Changes"));
        page.apply();
        browser.screenshot("21-bulk-applied");

        assertThat(browser.text(org.openqa.selenium.By.id("results-summary")))
                .isEqualTo("2 changed, 0 stayed as they were, 0 were refused.");
        assertThat(page.lines("results")).hasSize(2).allMatch(line -> line.contains("Changed"));
        for (UUID subscription : TAILSPIN_SUBSCRIPTIONS) {
            assertThat(api.get(
                                    "alice",
                                    "api/v1/customers/" + Demo.TAILSPIN + "/subscriptions/" + subscription
                                            + "/supportcontact")
                            .json()
                            .getString("name"))
                    .isEqualTo("Fabrikam Solutions");
        }
    }
}
