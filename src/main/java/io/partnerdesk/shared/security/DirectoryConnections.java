package io.partnerdesk.shared.security;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Opens connections to the directory the way the settings ask: plain, LDAPS, or plain upgraded
 * with StartTLS before anything else is sent. With StartTLS on, a directory that refuses the
 * upgrade, or whose certificate does not name its host, gets no connection at all: nothing, least
 * of all a password, is ever sent over the plain connection.
 *
 * <p>TLS trusts what the JVM trusts (its default SSL context, which reads
 * {@code javax.net.ssl.trustStore}, its password and type), and the certificate must name the host
 * of the URL (the JDK's LDAPS host-name check).
 */
@ApplicationScoped
public class DirectoryConnections {

    @Inject
    DirectorySettings settings;

    private SSLContext sslContext;

    protected DirectoryConnections() {}

    /** For tests: connections trusting what {@code sslContext} trusts. */
    DirectoryConnections(DirectorySettings settings, SSLContext sslContext) {
        this.settings = settings;
        this.sslContext = sslContext;
    }

    /** A connection to the directory, not yet bound; the caller closes it. */
    public LDAPConnection open() throws LDAPException, GeneralSecurityException {
        LDAPURL url = new LDAPURL(settings.getUrl());
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(settings.getReadTimeoutMillis());
        options.setResponseTimeoutMillis(settings.getReadTimeoutMillis());
        boolean ldaps = "ldaps".equalsIgnoreCase(url.getScheme());
        LDAPConnection connection = ldaps ? new LDAPConnection(tlsSockets(), options) : new LDAPConnection(options);
        try {
            connection.connect(url.getHost(), url.getPort());
            if (!ldaps && settings.isStartTls()) {
                startTls(connection);
            }
            return connection;
        } catch (LDAPException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Binds as the service account, when one is configured (otherwise the search is anonymous). */
    public void bindAsService(LDAPConnection connection) throws LDAPException {
        if (!settings.getBindDn().isBlank()) {
            connection.bind(settings.getBindDn(), settings.getBindPassword());
        }
    }

    private void startTls(LDAPConnection connection) throws LDAPException, GeneralSecurityException {
        try {
            ExtendedResult result = connection.processExtendedOperation(new StartTLSExtendedRequest(tlsSockets()));
            if (result.getResultCode() != ResultCode.SUCCESS) {
                throw new LDAPException(result.getResultCode(), result.getDiagnosticMessage());
            }
        } catch (LDAPException failed) {
            // Refused by the server, or the handshake failed (certificate not trusted or not
            // naming the host): either way the connection is closed unused.
            throw new LDAPException(
                    failed.getResultCode(),
                    "StartTLS with the directory at " + settings.getUrl() + " failed (" + failed.getResultCode()
                            + ": " + failed.getDiagnosticMessage()
                            + "); with partnerdesk.ldap.starttls on nothing is sent without TLS",
                    failed);
        }
    }

    /**
     * TLS sockets that check the server's certificate against the host name during the handshake.
     * The JDK's check is used rather than the SDK's, which accepts any certificate on a loopback
     * address and does not look at all after StartTLS.
     */
    private SSLSocketFactory tlsSockets() throws GeneralSecurityException {
        SSLContext context = sslContext != null ? sslContext : SSLContext.getDefault();
        return new HostNameCheckingSockets(context.getSocketFactory());
    }

    /** Sets the JDK's LDAPS endpoint identification on every socket, before its handshake. */
    private static final class HostNameCheckingSockets extends SSLSocketFactory {

        private final SSLSocketFactory sockets;

        HostNameCheckingSockets(SSLSocketFactory sockets) {
            this.sockets = sockets;
        }

        private static Socket checked(Socket socket) {
            if (socket instanceof SSLSocket tls) {
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("LDAPS");
                tls.setSSLParameters(parameters);
            }
            return socket;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return sockets.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return sockets.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket() throws IOException {
            return checked(sockets.createSocket());
        }

        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            return checked(sockets.createSocket(socket, host, port, autoClose));
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return checked(sockets.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return checked(sockets.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return checked(sockets.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return checked(sockets.createSocket(address, port, localAddress, localPort));
        }
    }
}
