package io.partnerdesk.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Browser;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.production.PortalEnvironment;
import io.partnerdesk.testsupport.production.ProductionServices;
import io.partnerdesk.testsupport.production.TcpProxy;
import io.partnerdesk.testsupport.production.WebSession;
import io.partnerdesk.ui.pages.BulkAssignPage;
import io.partnerdesk.ui.pages.SupportContactPage;
import io.partnerdesk.ui.pages.SupportRequestPage;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances started by server-config/cluster.sh form one cluster on loopback: they share the
 * PostgreSQL database and the HTTP sessions, never serve stale data, run a scheduled job once per
 * cluster and carry on when one of them stops. The figures (start times, time until a session is
 * usable on the other instance) are written to target/it/cluster-figures.txt.
 */
@ExtendWith(ProductionServices.class)
class ClusterIT {

    private static final String A = "http://127.0.0.1:18090/";
    private static final String B = "http://127.0.0.1:18091/";
    private static final String CONTOSO = "a0000000-0000-4000-8000-000000000001";
    private static final String USER = "greta.global";
    private static final String PASSWORD = "Passw0rd!";
    private static final Pattern READY = Pattern.compile("partnerdesk-([ab]) ready on .* after ([0-9.]+) s");

    private static Map<String, String> environment;
    private static final List<String> figures = new ArrayList<>();

    @BeforeAll
    static void startCluster() {
        Path workDir = Path.of(System.getProperty("it.work.dir", "target/it"));
        Path war = workDir.resolve("cluster-probe.war");
        WebArchive probe = Deployments.portal().addClasses(ClusterProbe.class, ClusterProbe.Ticker.class, Demo.class);
        probe.as(ZipExporter.class).exportTo(war.toFile(), true);

        environment = new LinkedHashMap<>(PortalEnvironment.forDirectory(
                ProductionServices.services().directory().ldapsUrl()));
        environment.put("PARTNERDESK_WAR", war.toAbsolutePath().toString());
        environment.put("PARTNERDESK_HTTP_PORT_A", "18090");
        environment.put("PARTNERDESK_HTTP_PORT_B", "18091");
        environment.put("PARTNERDESK_CLUSTER_PORT_A", "15710");
        environment.put("PARTNERDESK_CLUSTER_PORT_B", "15711");
        environment.put(
                "PARTNERDESK_CLUSTER_RUN_DIR",
                workDir.resolve("cluster").toAbsolutePath().toString());
        record("both started together", cluster("start"));
    }

    @AfterAll
    static void stopCluster() throws IOException {
        if (environment != null) {
            cluster("stop");
        }
        Path file = Path.of(System.getProperty("it.work.dir", "target/it"), "cluster-figures.txt");
        Files.write(file, figures, StandardCharsets.UTF_8);
        figures.forEach(System.out::println);
    }

    @Test
    void aSessionStartedOnOneInstanceIsSignedInOnTheOther() {
        WebSession browser = new WebSession();
        assertThat(browser.signIn(A, USER, PASSWORD).statusCode()).isEqualTo(302);
        Instant signedIn = Instant.now();

        HttpResponse<String> onB = awaitDashboard(browser, B);
        figures.add("session usable on B "
                + Duration.between(signedIn, Instant.now()).toMillis() + " ms after signing in on A");

        assertThat(text(onB.body())).contains("Welcome, Greta Global");
    }

    @Test
    void aChangeMadeOnOneInstanceIsSeenOnTheOtherAtOnce() {
        String before = partnerNameSeenBy(B);
        String renamed = "Contoso Distribution " + UUID.randomUUID().toString().substring(0, 8);
        try {
            HttpResponse<String> change = WebSession.api(
                    "PUT", A + "api/v1/cluster-probe/partners/" + CONTOSO + "/name", USER, PASSWORD, renamed);
            assertThat(change.statusCode()).as(change.body()).isEqualTo(200);

            assertThat(partnerNameSeenBy(B)).isEqualTo(renamed);
            assertThat(partnerNameSeenBy(A)).isEqualTo(renamed);
        } finally {
            WebSession.api("PUT", A + "api/v1/cluster-probe/partners/" + CONTOSO + "/name", USER, PASSWORD, before);
        }
    }

    @Test
    void aLeaseIsGrantedToExactlyOneInstanceEvenWhenBothAskAtOnce() {
        String job = "probe-" + UUID.randomUUID();
        CompletableFuture<String> onA = CompletableFuture.supplyAsync(
                () -> WebSession.api("GET", A + "api/v1/cluster-probe/leases/" + job, USER, PASSWORD, null)
                        .body());
        CompletableFuture<String> onB = CompletableFuture.supplyAsync(
                () -> WebSession.api("GET", B + "api/v1/cluster-probe/leases/" + job, USER, PASSWORD, null)
                        .body());

        assertThat(List.of(onA.join(), onB.join())).containsExactlyInAnyOrder("true", "false");
    }

    @Test
    void aScheduledJobRunsOncePerPeriodAcrossTheClusterNotOncePerInstance() throws InterruptedException {
        int[] startA = ticks(A);
        int[] startB = ticks(B);
        TimeUnit.SECONDS.sleep(12);
        int[] endA = ticks(A);
        int[] endB = ticks(B);

        int firedA = endA[0] - startA[0];
        int firedB = endB[0] - startB[0];
        int ran = (endA[1] - startA[1]) + (endB[1] - startB[1]);
        figures.add("timer every 2 s over 12 s: fired " + firedA + " times on A and " + firedB + " on B, the job ran "
                + ran + " times");

        // Every instance's timer fired each period; the job ran once per period, not once per instance.
        int periods = Math.max(firedA, firedB);
        assertThat(Math.min(firedA, firedB)).isGreaterThanOrEqualTo(5);
        assertThat(ran).isBetween(periods - 1, periods + 1);
    }

    @Test
    void aPageOpenedOnOneInstanceKeepsWorkingOnTheOther() {
        WebSession browser = new WebSession();
        assertThat(browser.signIn(A, USER, PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> list = browser.get(A + "customers/list.xhtml");
        assertThat(list.statusCode()).isEqualTo(200);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(list.body());
        assertThat(viewState.find()).as("the list page carries its view state").isTrue();
        // Under the Content-Security-Policy every ajax request carries the page's script nonce, as
        // PrimeFaces' script sends it; the instance that answers checks it against the view's.
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(list.body());
        assertThat(nonce.find()).as("the list page carries its script nonce").isTrue();

        // Typing in the filter box; the ajax request lands on the other instance.
        String form = "customers-form=customers-form&customers-form%3Afilter=Tailspin"
                + "&jakarta.faces.ViewState=" + WebSession.encode(viewState.group(1))
                + "&primefaces.nonce=" + WebSession.encode(nonce.group(1))
                + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=customers-form%3Afilter"
                + "&jakarta.faces.partial.execute=customers-form%3Afilter"
                + "&jakarta.faces.partial.render=customers-form%3Acustomers-table"
                + "&jakarta.faces.behavior.event=keyup&jakarta.faces.partial.event=keyup";
        HttpResponse<String> filtered =
                awaitSession(browser, B, () -> browser.postAjax(B + "customers/list.xhtml", form));

        assertThat(filtered.body()).contains("<partial-response").doesNotContain("<error>", "ViewExpired");
        List<String> shown = new ArrayList<>();
        Matcher names = Pattern.compile("pd-customer-link\"[^>]*>([^<]+)</a>").matcher(filtered.body());
        while (names.find()) {
            shown.add(names.group(1));
        }
        assertThat(shown).as("the customers the filter leaves").isNotEmpty().allMatch(n -> n.contains("Tailspin"));
    }

    /**
     * The failover walk: three browsers signed in on A through a balancer, each with a page open
     * and filled in, A stopped, the balancer sending the browsers to B, where they are still signed
     * in and each submission completes from the state the page had on A: the support contact reaches its review step, the bulk preview lists the
     * subscriptions chosen on A (and sees the contact just changed), and the note is added to the
     * request.
     */
    @Test
    void formsFilledInOnAnInstanceThatStopsAreSubmittedOnTheOther() throws Exception {
        String title = "Failover " + UUID.randomUUID().toString().substring(0, 8);
        String requestId = openRequest(title);

        TcpProxy balancer = TcpProxy.start("127.0.0.1", 18090);
        List<Browser> browsers = new ArrayList<>();
        boolean aStopped = false;
        try {
            URL front = new URL("http://127.0.0.1:" + balancer.port() + "/");
            Browser contactBrowser = signedIn(front, browsers);
            SupportContactPage contact =
                    SupportContactPage.open(contactBrowser, Demo.TAILSPIN, Demo.TAILSPIN_BUSINESS_STANDARD);
            contact.choose("Fabrikam Solutions");

            Browser bulkBrowser = signedIn(front, browsers);
            BulkAssignPage bulk =
                    BulkAssignPage.open(bulkBrowser).filter("Tailspin", 2).selectAllMatching();

            Browser noteBrowser = signedIn(front, browsers);
            noteBrowser.open("support/request.xhtml?id=" + requestId);
            SupportRequestPage request = new SupportRequestPage(noteBrowser);
            request.typeNote("Written while A was still up.");

            cluster("stop", "a");
            aStopped = true;
            balancer.sendTo(18091);

            contact.submit();
            contactBrowser.screenshot("cluster-failover-support-contact-review");
            assertThat(contact.previousContact()).contains("Contoso");
            assertThat(contact.newContact()).contains("Fabrikam Solutions");

            bulk.preview("Fabrikam Solutions");
            bulkBrowser.screenshot("cluster-failover-bulk-preview");
            // The two subscriptions chosen on A; the first already went to Fabrikam a moment ago.
            assertThat(bulk.lines("preview"))
                    .satisfiesExactlyInAnyOrder(
                            line -> assertThat(line).contains("Business Standard", "Stays"),
                            line -> assertThat(line).contains("Azure plan", "Changes"));

            request.submitNote();
            noteBrowser.screenshot("cluster-failover-note");
            assertThat(request.notes()).contains("Written while A was still up.");

            // Signed in on A, still signed in on B.
            noteBrowser.open("index.xhtml");
            assertThat(text(noteBrowser.driver().getPageSource())).contains("Welcome, Greta Global");
        } finally {
            browsers.forEach(Browser::close);
            balancer.close();
            WebSession.apiJson(
                    "PUT",
                    B + "api/v1/customers/" + Demo.TAILSPIN + "/subscriptions/" + Demo.TAILSPIN_BUSINESS_STANDARD
                            + "/supportcontact",
                    USER,
                    PASSWORD,
                    "{\"partnerId\":\"" + Demo.CONTOSO + "\"}");
            if (aStopped) {
                record("A started again after the failover walk", cluster("start", "a"));
            }
        }
    }

    @Test
    void aNoteWrittenOnOneInstanceShowsOnTheRequestsPageOpenOnTheOtherWithoutReloading() throws Exception {
        String title = "Live " + UUID.randomUUID().toString().substring(0, 8);
        String requestId = openRequest(title);
        List<Browser> browsers = new ArrayList<>();
        try {
            Browser onA = signedIn(new URL(A), browsers);
            onA.open("support/request.xhtml?id=" + requestId);
            new org.openqa.selenium.support.ui.WebDriverWait(onA.driver(), Duration.ofSeconds(10)).until(d -> "true"
                    .equals(d.findElement(org.openqa.selenium.By.id("live-updates"))
                            .getAttribute("data-connected")));
            SupportRequestPage atA = new SupportRequestPage(onA);
            Browser onB = signedIn(new URL(B), browsers);
            onB.open("support/request.xhtml?id=" + requestId);

            new SupportRequestPage(onB).addNote("Written on B " + title);
            Instant written = Instant.now();
            new org.openqa.selenium.support.ui.WebDriverWait(onA.driver(), Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> atA.notes().contains("Written on B " + title));
            figures.add("a note written on B showed on the page open on A after "
                    + Duration.between(written, Instant.now()).toMillis() + " ms");
            onA.screenshot("cluster-live-note-from-b");
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    /** A support request in Contoso's queue, written on A; answers its id. */
    private static String openRequest(String title) {
        HttpResponse<String> opened =
                WebSession.api("POST", A + "api/v1/cluster-probe/supportrequests", USER, PASSWORD, title);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        return opened.body().trim();
    }

    private static Browser signedIn(URL front, List<Browser> browsers) {
        Browser browser = new Browser(front);
        browsers.add(browser);
        browser.signIn(USER);
        return browser;
    }

    /** Repeats a request on an instance until the session has reached it (or 20 s have passed). */
    private static HttpResponse<String> awaitSession(
            WebSession browser, String instance, java.util.function.Supplier<HttpResponse<String>> request) {
        awaitDashboard(browser, instance);
        HttpResponse<String> response = request.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static HttpResponse<String> awaitDashboard(WebSession browser, String instance) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            HttpResponse<String> page = browser.get(instance + "index.xhtml");
            if (page.statusCode() == 200 || Instant.now().isAfter(deadline)) {
                assertThat(page.statusCode()).as("the dashboard on " + instance).isEqualTo(200);
                return page;
            }
            sleep(Duration.ofMillis(50));
        }
    }

    private static String partnerNameSeenBy(String instance) {
        HttpResponse<String> me = WebSession.api("GET", instance + "api/v1/me", USER, PASSWORD, null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        return Json.createReader(new StringReader(me.body()))
                .readObject()
                .getJsonObject("partner")
                .getString("name");
    }

    private static int[] ticks(String instance) {
        String[] counts = WebSession.api("GET", instance + "api/v1/cluster-probe/ticks", USER, PASSWORD, null)
                .body()
                .trim()
                .split(" ");
        return new int[] {Integer.parseInt(counts[0]), Integer.parseInt(counts[1])};
    }

    private static String cluster(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", "server-config/cluster.sh"));
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.MINUTES);
            assertThat(process.exitValue())
                    .as("cluster.sh " + String.join(" ", arguments) + ":\n" + output)
                    .isZero();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void record(String when, String clusterOutput) {
        Matcher ready = READY.matcher(clusterOutput);
        while (ready.find()) {
            figures.add("instance " + ready.group(1).toUpperCase() + " ready after " + ready.group(2) + " s (" + when
                    + ")");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page's text without its markup (names sit in elements of their own, marked not to be translated). */
    private static String text(String page) {
        return page.replaceAll("<[^>]+>", "");
    }
}
