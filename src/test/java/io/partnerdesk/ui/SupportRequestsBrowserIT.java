package io.partnerdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Browser;
import io.partnerdesk.testsupport.BrowserFixture;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.ui.pages.AttachmentsSection;
import io.partnerdesk.ui.pages.DashboardPage;
import io.partnerdesk.ui.pages.LoginPage;
import io.partnerdesk.ui.pages.MyRequestsPage;
import io.partnerdesk.ui.pages.ServiceRequestPage;
import io.partnerdesk.ui.pages.SlaReportPage;
import io.partnerdesk.ui.pages.SupportQueuePage;
import io.partnerdesk.ui.pages.SupportRequestPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo's support flow in a real browser: tom (Tailspin) opens a request, felix (Fabrikam)
 * works it and escalates it to Contoso, hana (Contoso) files a service request with the vendor; hana
 * searches the queue and reads the SLA report.
 */
class SupportRequestsBrowserIT extends BrowserFixture {

    private static final String CONTACT = "api/v1/customers/" + Demo.TAILSPIN + "/subscriptions/"
            + Demo.TAILSPIN_BUSINESS_STANDARD + "/supportcontact";

    @BeforeEach
    void setUp() {
        // Tailspin's Business Standard starts with Contoso as its contact: Fabrikam takes it for this test.
        assertThat(api.send("PUT", "alice", CONTACT, "{\"partnerId\":\"" + Demo.FABRIKAM + "\"}")
                        .status())
                .isEqualTo(200);
    }

    @AfterEach
    void tearDown() {
        api.send("PUT", "alice", CONTACT, "{\"partnerId\":\"" + Demo.CONTOSO + "\"}");
    }

    /** Tom (Tailspin) opens a request about the Azure plan, which Contoso supports; answers its id. */
    private String tomOpens(String title, String description, String severity) {
        Api.Response opened = api.send(
                "POST",
                "tom",
                "api/v1/customer/supportrequests",
                "{\"subscriptionId\":\"" + Demo.TAILSPIN_AZURE_PLAN + "\",\"title\":\"" + title
                        + "\",\"description\":\"" + description + "\",\"severity\":\"" + severity + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().getString("id");
    }

    /** A screenshot of the page from its top, where the messages are. */
    private void shot(String name) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.screenshot(name);
    }

    /** A screenshot with the request's files in view. */
    private void shotOfFiles(String name) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('attachments').scrollIntoView()");
        browser.screenshot(name);
    }

    private void signOut() {
        new DashboardPage(browser).signOut();
    }

    @Test
    void tomOpensARequestFelixWorksAndEscalatesItHanaFilesAServiceRequest() {
        String title = "Shared mailbox missing " + UUID.randomUUID().toString().substring(0, 6);

        LoginPage.open(browser).signInAs("tom", Api.PASSWORD);
        MyRequestsPage mine = MyRequestsPage.open(browser)
                .openRequest(
                        "Microsoft 365 Business Standard — Fabrikam Solutions",
                        title,
                        "The Sales shared mailbox disappeared from Outlook for everyone.");
        shot("support-01-tom-opened-request");
        assertThat(mine.messages()).contains("was sent to Fabrikam Solutions");
        assertThat(mine.list()).contains(title, "Fabrikam Solutions", "New");
        signOut();

        LoginPage.open(browser).signInAs("felix", Api.PASSWORD);
        SupportQueuePage queue = SupportQueuePage.open(browser);
        shot("support-02-felix-queue");
        assertThat(queue.rowOf(title)).contains(title, "Tailspin Toys", "left");
        // The customer filter suggests Felix's own customers as he types, and the queue follows the choice.
        queue.chooseCustomer("Tails", "Tailspin Toys");
        assertThat(queue.customersShown()).isNotEmpty().containsOnly("Tailspin Toys");
        assertThat(queue.rowOf(title)).contains(title);
        SupportRequestPage request = queue.openRequest(title);
        assertThat(request.clock()).contains("left");
        request.assignToMe().addNote("Checking the mailbox permissions now.");
        assertThat(request.assignee()).isEqualTo("felix");
        assertThat(request.notes()).contains("Checking the mailbox permissions now.", "Felix Wagner");
        assertThat(request.clock()).startsWith("Answered");
        request.escalateToProvider("The mailbox needs a restore that only Contoso can do.");
        shot("support-03-felix-escalated");
        assertThat(request.messages()).contains("escalated to Contoso Distribution");
        assertThat(request.links()).contains("Escalated to", "Contoso Distribution", "New");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("escalate-to-provider")))
                .as("escalated once, it cannot be escalated again while Contoso works it")
                .isEmpty();
        signOut();

        LoginPage.open(browser).signInAs("hana", Api.PASSWORD);
        SupportRequestPage atContoso = SupportQueuePage.open(browser).openRequest(title);
        assertThat(atContoso.links()).contains("Escalated from", "Fabrikam Solutions");
        assertThat(atContoso.notes()).contains("only Contoso can do");
        atContoso.escalateToVendor("Exchange Online: mail flow (Technical)");
        shot("support-04-hana-filed-service-request");
        assertThat(atContoso.messages()).contains("was filed with the vendor");
        ServiceRequestPage serviceRequest = atContoso.openServiceRequest(title);
        shot("support-05-hana-service-request");
        assertThat(serviceRequest.title()).isEqualTo(title);
        assertThat(serviceRequest.status()).isEqualTo("Open");
        assertThat(serviceRequest.type()).isEqualTo("Technical");
        assertThat(serviceRequest.text("service-request-customer")).isEqualTo("Tailspin Toys");

        browser.open("support/offering.xhtml");
        shot("support-06-hana-offering-read-only");
        browser.open("support/servicerequests.xhtml");
        new DashboardPage(browser).switchLanguageTo("tr");
        shot("support-07-hana-service-requests-tr");
        assertThat(browser.driver().getPageSource()).contains("Hizmet istekleri", title);
    }

    @Test
    void hanasDashboardShowsTheQueueAtAGlanceAndAFigureOpensTheQueueFilteredToIt() {
        String title = "Tenant cannot sign in " + UUID.randomUUID().toString().substring(0, 6);
        tomOpens(title, "Nobody can sign in to the portal.", "A");

        LoginPage.open(browser).signInAs("hana", Api.PASSWORD);
        DashboardPage dashboard = new DashboardPage(browser);
        shot("support-08-hana-dashboard");
        assertThat(dashboard.figure("work-severity-A")).isPositive();
        assertThat(dashboard.figure("work-unassigned")).isPositive();

        SupportQueuePage queue = dashboard.openFigure("work-severity-A");
        shot("support-09-hana-queue-of-severity-A");
        assertThat(queue.chosen("filter-severity")).isEqualTo("A – critical");
        assertThat(queue.severitiesShown()).isNotEmpty().containsOnly("A – critical");
        assertThat(queue.rowOf(title)).contains(title, "Tailspin Toys");

        browser.open("index.xhtml");
        queue = new DashboardPage(browser).openFigure("work-unassigned");
        assertThat(queue.chosen("filter-assignee")).isEqualTo("Nobody");
        assertThat(queue.rowOf(title)).contains("Assign to me");
    }

    @Test
    void hanaFindsRequestsByTheWordsTheyHoldFromTheQueuesSearchBox() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
        tomOpens("Backup job fails", "The job " + word + " stops at 40 percent.", "C");

        LoginPage.open(browser).signInAs("hana", Api.PASSWORD);
        SupportQueuePage queue = SupportQueuePage.open(browser).search(word);
        shot("support-10-hana-queue-search");

        assertThat(queue.titlesShown()).containsExactly("Backup job fails");
        queue.search("invoice charge recognise");
        assertThat(queue.titlesShown())
                .contains("Azure invoice shows a charge we do not recognise")
                .doesNotContain("Backup job fails");
    }

    @Test
    void tomAttachesAScreenshotHanaDownloadsItAndAProgramIsRefusedNextToTheUpload() throws IOException {
        String title = "Portal shows an error " + UUID.randomUUID().toString().substring(0, 6);
        String id = tomOpens(title, "The portal shows an error after sign-in.", "C");
        Path folder = Files.createTempDirectory("attachments");
        Path screenshot = folder.resolve("error-screenshot.png");
        byte[] png = new byte[300_000];
        new java.util.Random(7).nextBytes(png);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        Files.write(screenshot, png);
        Path program = folder.resolve("fix-it.png");
        Files.write(program, Arrays.copyOf("MZ\u0090".getBytes(StandardCharsets.ISO_8859_1), 2048));

        browser.signIn("tom");
        browser.open("my/request.xhtml?id=" + id);
        AttachmentsSection files = new AttachmentsSection(browser);
        assertThat(files.list()).contains("No files yet.");
        files.upload(screenshot);
        shotOfFiles("support-14-tom-attached-a-screenshot");
        assertThat(files.fileNames()).containsExactly("error-screenshot.png");
        assertThat(files.list()).contains("293 KB", "Tom Wilson", "Tailspin Toys");
        files.upload(program);
        shotOfFiles("support-15-tom-program-refused");
        assertThat(files.uploadMessages()).contains("\"fix-it.png\" is a program or a script");
        assertThat(files.fileNames()).containsExactly("error-screenshot.png");
        signOut();

        browser.signIn("hana");
        browser.open("support/request.xhtml?id=" + id);
        files = new AttachmentsSection(browser);
        shotOfFiles("support-16-hana-sees-the-file");
        assertThat(files.fileNames()).containsExactly("error-screenshot.png");
        Map<String, Object> downloaded = files.download("error-screenshot.png");
        assertThat(downloaded.get("status")).isEqualTo(200L);
        assertThat(downloaded.get("length")).isEqualTo((long) png.length);
        assertThat((String) downloaded.get("disposition"))
                .startsWith("attachment;")
                .contains("error-screenshot.png");
        assertThat(downloaded.get("nosniff")).isEqualTo("nosniff");
        assertThat((String) downloaded.get("policy")).startsWith("sandbox").doesNotContain("script-src");
        new DashboardPage(browser).switchLanguageTo("tr");
        shotOfFiles("support-17-hana-files-tr");
        assertThat(new AttachmentsSection(browser).list()).contains("error-screenshot.png");
        assertThat(browser.driver().findElement(By.id("attachments-heading")).getText())
                .isEqualTo("Dosyalar");
    }

    /** Waits until the page listens for its organisation's changes. */
    private static void listening(Browser on) {
        new WebDriverWait(on.driver(), Duration.ofSeconds(10))
                .until(d -> "true".equals(d.findElement(By.id("live-updates")).getAttribute("data-connected")));
    }

    @Test
    void hanaSeesAColleaguesChangesWithoutReloadingAndAnotherOrganisationHearsNothing() {
        String word = "live" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Mail delayed " + word;
        String id = tomOpens(title, "Mail arrives an hour late.", "B");

        browser.signIn("hana");
        SupportQueuePage queue = SupportQueuePage.open(browser).search(word);
        listening(browser);
        assertThat(queue.rowOf(title)).contains("Assign to me");
        try (Browser adam = new Browser(base);
                Browser felix = new Browser(base)) {
            felix.signIn("felix");
            SupportQueuePage.open(felix);
            listening(felix);
            adam.signIn("adam");
            adam.open("support/request.xhtml?id=" + id);
            SupportRequestPage atAdams = new SupportRequestPage(adam).assignToMe();

            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> queue.rowOf(title).contains("adam"));
            shot("support-18-hana-queue-shows-adams-assignment");

            browser.open("support/request.xhtml?id=" + id);
            listening(browser);
            SupportRequestPage atHanas = new SupportRequestPage(browser).typeNote("A draft of hana's");
            atAdams.addNote("Adam checked the transport rules " + word);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> atHanas.notes().contains("Adam checked the transport rules"));
            shotOfFiles("support-19-hana-request-shows-adams-note");
            assertThat(atHanas.assignee()).isEqualTo("adam");
            assertThat(browser.driver().findElement(By.id("new-note")).getAttribute("value"))
                    .as("what hana was typing stays")
                    .isEqualTo("A draft of hana's");
            assertThat(felix.driver().findElement(By.id("live-updates")).getAttribute("data-heard"))
                    .as("Fabrikam's queue hears nothing of Contoso's requests")
                    .isNull();
        }
    }

    /** Opens the live socket from the current page, as a page of the queue would: "open" or "refused". */
    private String tryToListen() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "const s = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host"
                        + " + '/support/live');"
                        + "s.onopen = () => { s.close(); done('open'); };"
                        + "s.onerror = () => done('refused');"
                        + "s.onclose = () => done('refused');");
    }

    @Test
    void onlySupportStaffCanListenToChanges() {
        browser.open("login.xhtml");
        assertThat(tryToListen()).as("nobody signed in").isEqualTo("refused");
        for (String user : new String[] {"tom", "sam"}) {
            browser.signIn(user);
            assertThat(tryToListen()).as(user).isEqualTo("refused");
            signOut();
        }
        browser.signIn("felix");
        assertThat(tryToListen()).as("a reseller's helpdesk agent").isEqualTo("open");
    }

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
