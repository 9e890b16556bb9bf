package io.partnerdesk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore.ValidationType;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in with {@link DirectoryIdentityStore}, mostly over StartTLS, against real LDAP servers on loopback (UnboundID's in-memory server): one
 * that offers StartTLS with a certificate for 127.0.0.1, one that refuses the upgrade, and one
 * whose certificate names another host. Each server records the binds it receives, so the tests
 * see that no password is ever sent unless the connection was upgraded to TLS.
 */
class StartTlsIdentityStoreTest {

    private static final String BASE = "dc=example,dc=com";
    private static final String SERVICE_DN = "cn=portal,ou=services," + BASE;
    private static final String HUGO_DN = "uid=hugo,ou=support,ou=people," + BASE;
    private static final String PASSWORD = "Passw0rd!";

    @TempDir
    static Path keys;

    private static SSLContext clientTrust;
    private static Directory upgrading;
    private static Directory refusingUpgrade;
    private static Directory wronglyNamed;

    @BeforeAll
    static void startDirectories() throws Exception {
        Path forLoopback = keyStore("loopback", "SAN=IP:127.0.0.1");
        Path forElsewhere = keyStore("elsewhere", "SAN=DNS:ldap.elsewhere.example");
        clientTrust = trusting(forLoopback, forElsewhere);
        upgrading = new Directory(Optional.of(forLoopback));
        refusingUpgrade = new Directory(Optional.empty());
        wronglyNamed = new Directory(Optional.of(forElsewhere));
    }

    @AfterAll
    static void stopDirectories() {
        for (Directory directory : new Directory[] {upgrading, refusingUpgrade, wronglyNamed}) {
            if (directory != null) {
                directory.server.shutDown(true);
            }
        }
    }

    @BeforeEach
    void forgetBinds() {
        upgrading.binds.clear();
        refusingUpgrade.binds.clear();
        wronglyNamed.binds.clear();
    }

    @Test
    void aPersonSignsInOverStartTlsWithTheirGroups() {
        CredentialValidationResult result = store(upgrading).validate(new UsernamePasswordCredential("hugo", PASSWORD));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo("hugo");
        assertThat(result.getCallerDn()).isEqualToIgnoringCase(HUGO_DN);
        assertThat(result.getCallerGroups()).containsExactlyInAnyOrder("Helpdesk", "org-example");
        assertThat(upgrading.binds).containsExactly(SERVICE_DN, HUGO_DN, SERVICE_DN);
    }

    @Test
    void theGroupsBecomeRolesThroughTheOneMapping() {
        CredentialValidationResult result = store(upgrading).validate(new UsernamePasswordCredential("hugo", PASSWORD));

        assertThat(new GroupRoleMapping(java.util.Map.of(Role.HELPDESK_AGENT, "helpdesk"))
                        .rolesFor(result.getCallerGroups()))
                .containsExactly(Role.HELPDESK_AGENT);
    }

    @Test
    void aWrongPasswordIsInvalid() {
        CredentialValidationResult result =
                store(upgrading).validate(new UsernamePasswordCredential("hugo", "not-his-password"));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void anEmptyPasswordIsInvalidWithoutAskingTheDirectory() {
        CredentialValidationResult result = store(upgrading).validate(new UsernamePasswordCredential("hugo", ""));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(upgrading.binds).isEmpty();
    }

    @Test
    void anUnknownNameIsInvalid() {
        assertThat(store(upgrading)
                        .validate(new UsernamePasswordCredential("nobody", PASSWORD))
                        .getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void aNameIsMatchedLiterallyNotAsAPattern() {
        assertThat(store(upgrading)
                        .validate(new UsernamePasswordCredential("hug*", PASSWORD))
                        .getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void aServerThatRefusesTheUpgradeGetsNoPasswordAndSignInFailsAsUnavailable() {
        DirectoryIdentityStore store = store(refusingUpgrade);
        UsernamePasswordCredential credential = new UsernamePasswordCredential("hugo", PASSWORD);

        assertThatThrownBy(() -> store.validate(credential))
                .isInstanceOf(DirectoryUnavailable.class)
                .hasMessageContaining("StartTLS")
                .hasStackTraceContaining("No extended operation handler");
        assertThat(refusingUpgrade.binds).isEmpty();
    }

    @Test
    void aCertificateForAnotherHostIsRefusedBeforeAnyPasswordIsSent() {
        DirectoryIdentityStore store = store(wronglyNamed);
        UsernamePasswordCredential credential = new UsernamePasswordCredential("hugo", PASSWORD);

        assertThatThrownBy(() -> store.validate(credential))
                .isInstanceOf(DirectoryUnavailable.class)
                .hasMessageContaining("StartTLS")
                .hasStackTraceContaining("No subject alternative names matching IP address 127.0.0.1");
        assertThat(wronglyNamed.binds).isEmpty();
    }

    @Test
    void aDirectoryThatIsDownIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DirectoryIdentityStore store = new DirectoryIdentityStore(
                DirectorySettingsTest.startTls("ldap://127.0.0.1:" + closedPort, SERVICE_DN, BASE),
                new DirectoryConnections(
                        DirectorySettingsTest.startTls("ldap://127.0.0.1:" + closedPort, SERVICE_DN, BASE),
                        clientTrust));

        assertThatThrownBy(() -> store.validate(new UsernamePasswordCredential("hugo", PASSWORD)))
                .isInstanceOf(DirectoryUnavailable.class);
    }

    @Test
    void thisStoreAloneValidatesWhateverTheTransport() {
        DirectorySettings settings = DirectorySettingsTest.startTls(upgrading.url(), SERVICE_DN, BASE);
        settings.startTls = false;

        assertThat(new DirectoryIdentityStore(settings, null).validationTypes())
                .containsExactlyInAnyOrder(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Test
    void overPlainLdapAPersonSignsInWithTheirGroups() {
        CredentialValidationResult result =
                plainStore(refusingUpgrade).validate(new UsernamePasswordCredential("hugo", PASSWORD));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerGroups()).containsExactlyInAnyOrder("Helpdesk", "org-example");
    }

    @Test
    void anotherSpellingOfANameSignsInAsTheDirectorysSpelling() {
        for (String typed : List.of("HUGO", " hugo", "Hugo ")) {
            CredentialValidationResult result =
                    store(upgrading).validate(new UsernamePasswordCredential(typed, PASSWORD));

            assertThat(result.getCallerPrincipal().getName()).as(typed).isEqualTo("hugo");
            assertThat(result.getCallerGroups()).as(typed).containsExactlyInAnyOrder("Helpdesk", "org-example");
        }
    }

    @Test
    void anotherSpellingOfANameSignsInAsTheDirectorysSpellingWhenTheDnIsBuiltFromTheName() {
        CredentialValidationResult result =
                dnStore(refusingUpgrade).validate(new UsernamePasswordCredential("SVEN", PASSWORD));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo("sven");
        assertThat(result.getCallerGroups()).containsExactlyInAnyOrder("Sales", "org-example");
    }

    @Test
    void filterSyntaxInANameMatchesNobody() {
        for (String typed : List.of("*", "hugo)(uid=*", "*)(|(uid=*", "hugo\\2a", "h*o")) {
            assertThat(store(upgrading)
                            .validate(new UsernamePasswordCredential(typed, PASSWORD))
                            .getStatus())
                    .as(typed)
                    .isEqualTo(CredentialValidationResult.Status.INVALID);
        }
        assertThat(upgrading.binds).doesNotContain(HUGO_DN);
    }

    @Test
    void dnSyntaxInANameCannotReachAnotherEntry() {
        DirectoryIdentityStore store = dnStore(refusingUpgrade);

        // Unescaped, "sven,ou=people" would make the DN of sven one level up, below the base DN used.
        for (String typed : List.of("sven,ou=people", "x+uid=sven", "sven\\,x", "uid=sven")) {
            assertThat(store.validate(new UsernamePasswordCredential(typed, PASSWORD))
                            .getStatus())
                    .as(typed)
                    .isEqualTo(CredentialValidationResult.Status.INVALID);
        }
        assertThat(refusingUpgrade.binds).noneMatch(dn -> dn.equalsIgnoreCase("uid=sven,ou=people," + BASE));
    }

    @Test
    void anUnknownNameCostsTheDirectoryABindAsAWrongPasswordDoes() {
        store(upgrading).validate(new UsernamePasswordCredential("nobody", PASSWORD));

        assertThat(upgrading.binds).hasSize(2);
        assertThat(upgrading.binds.get(0)).isEqualTo(SERVICE_DN);
        assertThat(upgrading.binds.get(1)).endsWith(",ou=people," + BASE).isNotEqualTo(HUGO_DN);
    }

    /** The directory of {@code directory} over plain LDAP, people searched as with StartTLS. */
    private static DirectoryIdentityStore plainStore(Directory directory) {
        DirectorySettings settings = DirectorySettingsTest.startTls(directory.url(), SERVICE_DN, BASE);
        settings.startTls = false;
        return new DirectoryIdentityStore(settings, new DirectoryConnections(settings, clientTrust));
    }

    /** Plain LDAP, people found by the DN built from their name, anonymously: the embedded run's way. */
    private static DirectoryIdentityStore dnStore(Directory directory) {
        DirectorySettings settings = plainStore(directory).settings;
        settings.bindDn = Optional.empty();
        settings.callerSearchBase = Optional.empty();
        settings.callerBaseDn = "ou=people," + BASE;
        return new DirectoryIdentityStore(settings, new DirectoryConnections(settings, clientTrust));
    }

    private static DirectoryIdentityStore store(Directory directory) {
        DirectorySettings settings = DirectorySettingsTest.startTls(directory.url(), SERVICE_DN, BASE);
        return new DirectoryIdentityStore(settings, new DirectoryConnections(settings, clientTrust));
    }

    /** A key pair and self-signed certificate made by the JDK's keytool, as an operator would. */
    private static Path keyStore(String name, String subjectAlternativeName) throws IOException, InterruptedException {
        Path file = keys.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "server",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=" + name,
                        "-ext",
                        subjectAlternativeName,
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        file.toString(),
                        "-storepass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        return file;
    }

    private static SSLContext trusting(Path... keyStores) throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        for (Path file : keyStores) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, "changeit".toCharArray());
            }
            trusted.setCertificateEntry(file.getFileName().toString(), store.getCertificate("server"));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    /** A directory of a few people and groups, with or without StartTLS, that records every bind. */
    private static final class Directory {

        final List<String> binds = new CopyOnWriteArrayList<>();
        final InMemoryDirectoryServer server;

        Directory(Optional<Path> keyStore) throws LDAPException, LDIFException, GeneralSecurityException {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            javax.net.ssl.SSLSocketFactory startTls = null;
            if (keyStore.isPresent()) {
                startTls = new SSLUtil(
                                new KeyStoreKeyManager(
                                        keyStore.get().toFile(), "changeit".toCharArray(), "PKCS12", "server"),
                                new TrustAllTrustManager())
                        .createSSLSocketFactory();
            }
            config.setListenerConfigs(
                    InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, startTls));
            config.addInMemoryOperationInterceptor(new InMemoryOperationInterceptor() {
                @Override
                public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request) {
                    binds.add(request.getRequest().getBindDN());
                }
            });
            server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE, "objectClass: domain", "dc: example");
            for (String ou : List.of("services", "people", "groups")) {
                server.add("dn: ou=" + ou + "," + BASE, "objectClass: organizationalUnit", "ou: " + ou);
            }
            server.add("dn: ou=support,ou=people," + BASE, "objectClass: organizationalUnit", "ou: support");
            server.add(
                    "dn: " + SERVICE_DN,
                    "objectClass: organizationalRole",
                    "objectClass: simpleSecurityObject",
                    "cn: portal",
                    "userPassword: service-secret");
            server.add(
                    "dn: " + HUGO_DN,
                    "objectClass: inetOrgPerson",
                    "uid: hugo",
                    "cn: Hugo Help",
                    "sn: Help",
                    "userPassword: " + PASSWORD);
            server.add(
                    "dn: uid=sven,ou=people," + BASE,
                    "objectClass: inetOrgPerson",
                    "uid: sven",
                    "cn: Sven Sales",
                    "sn: Sales",
                    "userPassword: " + PASSWORD);
            server.add(
                    "dn: cn=Helpdesk,ou=groups," + BASE,
                    "objectClass: groupOfNames",
                    "cn: Helpdesk",
                    "member: " + HUGO_DN);
            server.add(
                    "dn: cn=org-example,ou=groups," + BASE,
                    "objectClass: groupOfNames",
                    "cn: org-example",
                    "member: " + HUGO_DN,
                    "member: uid=sven,ou=people," + BASE);
            server.add(
                    "dn: cn=Sales,ou=groups," + BASE,
                    "objectClass: groupOfNames",
                    "cn: Sales",
                    "member: uid=sven,ou=people," + BASE);
            server.startListening();
        }

        String url() {
            return "ldap://127.0.0.1:" + server.getListenPort();
        }
    }
}
