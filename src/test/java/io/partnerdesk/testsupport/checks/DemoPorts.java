package io.partnerdesk.testsupport.checks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Run by the demo profile just before Payara Micro starts: the portal's HTTP port and the embedded
 * directory's port must be free. A taken HTTP port would stop Payara Micro, and a taken directory
 * port would leave it running without the application; both only after a long start and amid
 * stack traces, so the build stops first with one line per taken port that names the setting that
 * moves it.
 */
public final class DemoPorts {

    static final int DEFAULT_DIRECTORY_PORT = 10389;

    private DemoPorts() {}

    /** Arguments: the HTTP port ({@code portal.http.port}). The rest comes from the environment. */
    public static void main(String[] args) {
        int httpPort = Integer.parseInt(args[0]);
        List<String> taken = taken(httpPort, System.getenv(), DemoPorts::free);
        if (!taken.isEmpty()) {
            throw new BuildCheckFailed(String.join("\n", taken));
        }
    }

    /** One line for each port that is taken, naming the setting that moves it. */
    static List<String> taken(int httpPort, Map<String, String> env, BiPredicate<InetAddress, Integer> free) {
        int directoryPort = directoryPort(env);
        List<String> lines = new ArrayList<>();
        if (!free.test(address(env.get("PARTNERDESK_HTTP_ADDRESS")), httpPort)) {
            lines.add("Port " + httpPort + " (the portal's HTTP port) is taken: stop what uses it, or run on"
                    + " another port with -Dportal.http.port=<port>");
        }
        if (!external(env) && !free.test(InetAddress.getLoopbackAddress(), directoryPort)) {
            lines.add("Port " + directoryPort + " (the embedded directory) is taken: stop what uses it, or move the"
                    + " directory with PARTNERDESK_LDAP_PORT=<port>");
        }
        return lines;
    }

    /** The embedded directory's port as the portal reads it (MicroProfile Config maps the name). */
    static int directoryPort(Map<String, String> env) {
        String port = env.get("PARTNERDESK_LDAP_PORT");
        return port == null || port.isBlank() ? DEFAULT_DIRECTORY_PORT : Integer.parseInt(port.trim());
    }

    /** With a company directory configured, the embedded one does not start. */
    private static boolean external(Map<String, String> env) {
        String url = env.get("PARTNERDESK_LDAP_URL");
        return url != null && !url.isBlank();
    }

    private static InetAddress address(String configured) {
        try {
            return configured == null || configured.isBlank()
                    ? InetAddress.getLoopbackAddress()
                    : InetAddress.getByName(configured.trim());
        } catch (IOException e) {
            throw new BuildCheckFailed("PARTNERDESK_HTTP_ADDRESS=" + configured + " is not an address of this machine");
        }
    }

    /** Whether a server could listen on the port, as Payara Micro and the directory will. */
    static boolean free(InetAddress address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
