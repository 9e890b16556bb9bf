package io.partnerdesk.testsupport;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The archives the integration tests deploy: always the real WAR that {@code mvn package} built,
 * deployed at the context root like in production.
 */
public final class Deployments {

    private Deployments() {}

    /** The WAR exactly as built, for black-box tests over HTTP. */
    public static WebArchive portal() {
        File war = new File(System.getProperty("partnerdesk.war", "target/partnerdesk.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests with mvn verify");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The real WAR plus the test classes, for tests that run inside the server. The only change to
     * the application is that Arquillian's own test-runner servlet is reachable without signing in.
     */
    public static WebArchive portalWithTests(Class<?>... testClasses) {
        WebArchive archive = portal();
        archive.addClasses(testClasses);
        archive.addPackage(Deployments.class.getPackage());
        archive.addAsLibraries(Maven.resolver()
                .loadPomFromFile("pom.xml")
                .resolve("org.assertj:assertj-core", "org.junit.jupiter:junit-jupiter-params")
                .withTransitivity()
                .asFile());
        archive.setWebXML(new StringAsset(webXmlOpeningTestRunner(archive)));
        return archive;
    }

    private static String webXmlOpeningTestRunner(WebArchive archive) {
        try {
            String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"), StandardCharsets.UTF_8);
            String publicPatterns = "<url-pattern>/login.xhtml</url-pattern>";
            if (!webXml.contains(publicPatterns)) {
                throw new IllegalStateException("web.xml no longer has the public login pattern this harness extends");
            }
            return webXml.replace(
                    publicPatterns, publicPatterns + "\n<url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds GreenMail and its logging API to an archive whose tests run a mail server in the portal's
     * JVM (Jakarta Mail itself is the one Payara ships), and configures the portal with the given
     * settings ({@code key=value} lines) on top of its own.
     */
    public static WebArchive withGreenMail(WebArchive archive, String settings) {
        archive.addAsLibraries(java.util.Arrays.stream(Maven.resolver()
                        .loadPomFromFile("pom.xml")
                        .resolve("com.icegreen:greenmail")
                        .withTransitivity()
                        .asFile())
                .filter(f -> f.getName().startsWith("greenmail") || f.getName().startsWith("slf4j-api"))
                .toArray(File[]::new));
        try {
            String config = Files.readString(
                    Path.of("src/main/resources/META-INF/microprofile-config.properties"), StandardCharsets.UTF_8);
            archive.addAsResource(
                    new StringAsset(config + "\n" + settings + "\n"), "META-INF/microprofile-config.properties");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return archive;
    }

    /** A free loopback port from {@code from} on, up to 75 further: this project's mail tests take 13025 and up. */
    public static int freePort(int from) {
        for (int port = from; port <= from + 75; port++) {
            try (java.net.ServerSocket probe =
                    new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return port;
            } catch (java.io.IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free port from " + from);
    }
}
