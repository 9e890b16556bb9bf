package io.partnerdesk.testsupport;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one setup of the browser tests: the portal deployed as it ships, a fresh Chromium per test
 * ({@link #browser}) and the REST client ({@link #api}) to arrange and put back data. After each
 * test the last page the browser showed is kept (a screenshot and its HTML, named after the test)
 * to look at when a step failed, and the browser is closed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserFixture {

    @ArquillianResource
    protected URL base;

    protected Browser browser;
    protected Api api;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void openBrowser() {
        api = new Api(base);
        browser = new Browser(base);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser == null) {
            return;
        }
        try {
            String name = "last-" + getClass().getSimpleName() + "-"
                    + test.getTestMethod().map(m -> m.getName()).orElse("test");
            Path shot = browser.screenshot(name);
            Files.writeString(
                    shot.resolveSibling(name + ".html"), browser.driver().getPageSource());
        } catch (IOException | RuntimeException e) {
            // Keeping the last page is a help, never a reason to fail a test.
            System.err.println("The last page was not kept: " + e);
        } finally {
            browser.close();
            browser = null;
        }
    }
}
