package io.partnerdesk.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's rules engine) run on the page the browser shows, against WCAG 2.1 levels A and AA.
 * The script is put into the page through the driver, which the page's Content-Security-Policy does
 * not govern; the page itself is left as it is.
 */
public final class Accessibility {

    /** The rules of WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String AXE = read("axe.min.js");

    private static final String RUN =
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + '\\n'
                        + v.nodes.slice(0, 6).map(n => '      ' + n.target.join(' ') + '  ' + n.html.substring(0, 160)
                                + (n.failureSummary ? '\\n        ' + n.failureSummary.replace(/\\n/g, ' ') : ''))
                            .join('\\n'))))
                .catch(e => done(['axe could not run: ' + e]));
            """;

    private Accessibility() {}

    /** What axe finds wrong on the current page, one entry per rule broken, with the elements that break it. */
    public static List<String> violations(WebDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor script = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object'"))) {
            script.executeScript(AXE);
        }
        Object found = script.executeAsyncScript(RUN, WCAG_21_AA);
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    private static String read(String resource) {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
