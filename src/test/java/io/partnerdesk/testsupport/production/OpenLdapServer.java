package io.partnerdesk.testsupport.production;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import io.partnerdesk.testsupport.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenLDAP server (Debian's slapd) on loopback, holding the company directory of
 * docker/openldap/company-directory.ldif, with LDAP and LDAPS listeners. Its configuration, data and
 * TLS certificate live in a folder of its own under target/, never in /etc/ldap.
 *
 * <p>Like a company directory with a security policy, it takes passwords only over TLS: a bind
 * over LDAPS, or over LDAP after StartTLS, works; the same bind in plain text is refused as invalid
 * credentials. So a sign-in through {@link #ldapUrl()} works only if the portal upgraded the
 * connection. (The administrator of the tests, the root DN, is exempt.)
 */
public final class OpenLdapServer {

    public static final String BASE_DN = "dc=contoso,dc=example";
    public static final String SERVICE_DN = "cn=partnerdesk,ou=Service Accounts," + BASE_DN;
    public static final String SERVICE_PASSWORD = "service-secret";
    public static final String GROUPS_DN = "ou=PartnerDesk,ou=Applications,ou=Groups," + BASE_DN;
    static final String ADMIN_DN = "cn=admin," + BASE_DN;
    private static final String ADMIN_PASSWORD = "it-admin-secret";
    private static final Path SLAPD = Path.of("/usr/sbin/slapd");
    private static final Path SLAPADD = Path.of("/usr/sbin/slapadd");
    private static final Path SCHEMA = Path.of("/etc/ldap/schema");
    private static final Path COMPANY_LDIF = Path.of("docker/openldap/company-directory.ldif");

    private final Path dir;
    private final int ldapPort;
    private final int ldapsPort;
    private Process slapd;

    public OpenLdapServer(Path dir, int ldapPort, int ldapsPort) {
        this.dir = dir;
        this.ldapPort = ldapPort;
        this.ldapsPort = ldapsPort;
    }

    /** The files of Debian's slapd package this server runs with. */
    public static List<Path> requiredFiles() {
        return List.of(SLAPD, SLAPADD, SCHEMA.resolve("inetorgperson.schema"));
    }

    /** Fails with what is missing, so that a machine without slapd never passes by skipping. */
    public static void requireInstalled() {
        for (Path tool : requiredFiles()) {
            if (!Files.exists(tool)) {
                throw new IllegalStateException(tool + " is missing: the directory tests need OpenLDAP's slapd."
                        + " Install it with: apt-get install slapd ldap-utils (./test.sh does this)");
            }
        }
    }

    /** Writes the configuration, a TLS certificate for 127.0.0.1 and the company directory. */
    public void create() {
        requireInstalled();
        try {
            TestFiles.deleteRecursively(dir);
            Files.createDirectories(dir.resolve("data"));
            run(List.of(
                    "openssl",
                    "req",
                    "-x509",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-days",
                    "2",
                    "-subj",
                    "/CN=127.0.0.1",
                    "-addext",
                    "subjectAltName=IP:127.0.0.1",
                    "-keyout",
                    dir.resolve("key.pem").toString(),
                    "-out",
                    dir.resolve("cert.pem").toString()));
            run(List.of(
                    "keytool",
                    "-importcert",
                    "-noprompt",
                    "-alias",
                    "openldap",
                    "-storetype",
                    "PKCS12",
                    "-file",
                    dir.resolve("cert.pem").toString(),
                    "-keystore",
                    truststore().toString(),
                    "-storepass",
                    truststorePassword()));
            Files.writeString(dir.resolve("slapd.conf"), configuration(), StandardCharsets.UTF_8);
            run(List.of(
                    SLAPADD.toString(),
                    "-f",
                    dir.resolve("slapd.conf").toString(),
                    "-l",
                    COMPANY_LDIF.toAbsolutePath().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String configuration() {
        return String.join(
                "\n",
                "include " + SCHEMA.resolve("core.schema"),
                "include " + SCHEMA.resolve("cosine.schema"),
                "include " + SCHEMA.resolve("inetorgperson.schema"),
                "pidfile " + dir.resolve("slapd.pid"),
                "argsfile " + dir.resolve("slapd.args"),
                "modulepath /usr/lib/ldap",
                "moduleload back_mdb",
                "TLSCertificateFile " + dir.resolve("cert.pem"),
                "TLSCertificateKeyFile " + dir.resolve("key.pem"),
                "database mdb",
                "maxsize 33554432",
                "suffix \"" + BASE_DN + "\"",
                "rootdn \"" + ADMIN_DN + "\"",
                "rootpw " + ADMIN_PASSWORD,
                "directory " + dir.resolve("data"),
                "access to attrs=userPassword by anonymous tls_ssf=128 auth by self read by * none",
                "access to * by users read by * none",
                "");
    }

    /** Starts slapd in the foreground of a child process and waits until both ports answer. */
    public void start() {
        try {
            slapd = new ProcessBuilder(
                            SLAPD.toString(),
                            "-d",
                            "0",
                            "-f",
                            dir.resolve("slapd.conf").toString(),
                            "-h",
                            ldapUrl() + "/ " + ldapsUrl() + "/")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            dir.resolve("slapd.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plusSeconds(20);
        while (!(listening(ldapPort) && listening(ldapsPort))) {
            if (!slapd.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("slapd did not start on 127.0.0.1:" + ldapPort + " and " + ldapsPort
                        + "; see " + dir.resolve("slapd.log"));
            }
            sleep(Duration.ofMillis(100));
        }
    }

    /** Stops slapd as an outage would: the ports stop answering at once. */
    public void stop() {
        if (slapd != null && slapd.isAlive()) {
            slapd.destroy();
            try {
                if (!slapd.waitFor(20, TimeUnit.SECONDS)) {
                    slapd.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        slapd = null;
    }

    public boolean isRunning() {
        return slapd != null && slapd.isAlive();
    }

    public String ldapUrl() {
        return "ldap://127.0.0.1:" + ldapPort;
    }

    public String ldapsUrl() {
        return "ldaps://127.0.0.1:" + ldapsPort;
    }

    /** A trust store holding the server's certificate, for the portal's JVM. */
    public Path truststore() {
        return dir.resolve("truststore.p12");
    }

    public String truststorePassword() {
        return "changeit";
    }

    /** Takes a person out of a group, as a directory administrator would. */
    public void removeFromGroup(String groupDn, String personDn) {
        modify(groupDn, new Modification(ModificationType.DELETE, "member", personDn));
    }

    /** Puts a person into a group, as a directory administrator would. */
    public void addToGroup(String groupDn, String personDn) {
        modify(groupDn, new Modification(ModificationType.ADD, "member", personDn));
    }

    private void modify(String dn, Modification modification) {
        try (LDAPConnection connection = new LDAPConnection("127.0.0.1", ldapPort, ADMIN_DN, ADMIN_PASSWORD)) {
            connection.modify(dn, modification);
        } catch (LDAPException e) {
            throw new IllegalStateException("Could not change " + dn + ": " + e.getMessage(), e);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    static void run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
