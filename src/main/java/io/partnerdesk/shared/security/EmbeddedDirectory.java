package io.partnerdesk.shared.security;

import com.unboundid.ldap.listener.Base64PasswordEncoderOutputFormatter;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.SaltedMessageDigestInMemoryPasswordEncoder;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The directory of the embedded run: a real LDAP server (UnboundID's in-memory server) on a loopback
 * port, seeded with the demo accounts. It runs only while no external directory is configured;
 * passwords are stored salted and hashed as in any directory.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmbeddedDirectory {

    static final String DEMO_LDIF = "/ldap/demo-directory.ldif";
    private static final Logger LOG = Logger.getLogger(EmbeddedDirectory.class.getName());

    @Inject
    DirectorySettings settings;

    private InMemoryDirectoryServer server;

    @PostConstruct
    void start() {
        if (!settings.isEmbedded()) {
            LOG.info(() -> "Using the directory at " + settings.getUrl());
            return;
        }
        try (InputStream ldif = EmbeddedDirectory.class.getResourceAsStream(DEMO_LDIF)) {
            server = new InMemoryDirectoryServer(configuration(settings.getEmbeddedPort()));
            server.importFromLDIF(true, new LDIFReader(ldif));
            server.startListening();
            LOG.info(() -> "Embedded directory with the demo accounts listening on " + settings.getUrl());
        } catch (LDAPException | IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(
                    "The embedded directory could not start on 127.0.0.1:" + settings.getEmbeddedPort()
                            + " (set PARTNERDESK_LDAP_PORT to another port): " + e.getMessage(),
                    e);
        }
    }

    /**
     * The embedded server's configuration: one listener on 127.0.0.1, passwords stored as salted
     * SHA-256 and checked with a digest of each thread's own, since a bind may come on any of the
     * server's threads and a message digest holds the state of the one computation under way.
     */
    static InMemoryDirectoryServerConfig configuration(int port) throws LDAPException, NoSuchAlgorithmException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(DirectorySettings.EMBEDDED_BASE_DN);
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), port, null));
        config.setPasswordEncoders(new SaltedMessageDigestInMemoryPasswordEncoder(
                "{SSHA256}",
                Base64PasswordEncoderOutputFormatter.getInstance(),
                new PerThreadDigest("SHA-256"),
                8,
                true,
                true));
        config.setEnforceAttributeSyntaxCompliance(true);
        return config;
    }

    /**
     * A message digest that each thread computes with its own instance of the algorithm: the
     * directory's password encoder holds one digest for all the threads that check passwords at the
     * same moment, and a shared digest mixes their passwords into wrong answers.
     */
    static final class PerThreadDigest extends MessageDigest {

        private final ThreadLocal<MessageDigest> digests;

        PerThreadDigest(String algorithm) throws NoSuchAlgorithmException {
            super(algorithm);
            MessageDigest.getInstance(algorithm);
            digests = ThreadLocal.withInitial(() -> {
                try {
                    return MessageDigest.getInstance(algorithm);
                } catch (NoSuchAlgorithmException checkedAbove) {
                    throw new IllegalStateException(checkedAbove);
                }
            });
        }

        @Override
        protected int engineGetDigestLength() {
            return digests.get().getDigestLength();
        }

        @Override
        protected void engineUpdate(byte input) {
            digests.get().update(input);
        }

        @Override
        protected void engineUpdate(byte[] input, int offset, int length) {
            digests.get().update(input, offset, length);
        }

        @Override
        protected byte[] engineDigest() {
            return digests.get().digest();
        }

        @Override
        protected void engineReset() {
            digests.get().reset();
        }
    }

    /** The running embedded server, for tests that add or change entries; empty in production. */
    public Optional<InMemoryDirectoryServer> server() {
        return Optional.ofNullable(server);
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.shutDown(true);
        }
    }
}
