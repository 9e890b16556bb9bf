package io.partnerdesk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded directory as the portal configures it, checking passwords over LDAP. */
class EmbeddedDirectoryTest {

    private static final String DN = "uid=dana,ou=people," + DirectorySettings.EMBEDDED_BASE_DN;
    private static final String PASSWORD = "Passw0rd!";

    private InMemoryDirectoryServer server;

    @BeforeEach
    void start() throws Exception {
        server = new InMemoryDirectoryServer(EmbeddedDirectory.configuration(0));
        server.add(new Entry(DirectorySettings.EMBEDDED_BASE_DN, new Attribute("objectClass", "top", "domain")));
        server.add(new Entry(
                "ou=people," + DirectorySettings.EMBEDDED_BASE_DN,
                new Attribute("objectClass", "top", "organizationalUnit")));
        server.add(new Entry(
                DN,
                new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
                new Attribute("uid", "dana"),
                new Attribute("cn", "Dana"),
                new Attribute("sn", "Dana"),
                new Attribute("userPassword", PASSWORD)));
        server.startListening();
    }

    @AfterEach
    void stop() {
        server.shutDown(true);
    }

    @Test
    void passwordsAreStoredSaltedAndHashedNotInPlainText() throws Exception {
        String stored = server.getEntry(DN).getAttributeValue("userPassword");

        assertThat(stored).startsWith("{SSHA256}").doesNotContain(PASSWORD);
    }

    @Test
    void aRightPasswordBindsAndAWrongOneIsRefused() throws Exception {
        assertThat(bind(PASSWORD)).isTrue();
        assertThat(bind("wrong")).isFalse();
    }

    /** Many people signing in at the same moment: every right password binds, every wrong one fails. */
    @Test
    void bindsAtTheSameMomentAreEachCheckedOnTheirOwn() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> right = new ArrayList<>();
            List<Future<Boolean>> wrong = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                right.add(threads.submit((Callable<Boolean>) () -> bind(PASSWORD)));
                wrong.add(threads.submit((Callable<Boolean>) () -> bind("Passw0rd?")));
            }
            for (Future<Boolean> answer : right) {
                assertThat(answer.get()).as("a right password").isTrue();
            }
            for (Future<Boolean> answer : wrong) {
                assertThat(answer.get()).as("a wrong password").isFalse();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private boolean bind(String password) throws LDAPException {
        try (LDAPConnection connection = new LDAPConnection("127.0.0.1", server.getListenPort())) {
            connection.bind(DN, password);
            return true;
        } catch (LDAPException refused) {
            if (refused.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                return false;
            }
            throw refused;
        }
    }
}
