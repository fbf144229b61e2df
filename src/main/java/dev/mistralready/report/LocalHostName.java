package dev.mistralready.report;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name of this machine for a JUnit suite's {@code hostname} (Azure shows it as the agent). */
final class LocalHostName {

    static final String FALLBACK = "localhost";

    private LocalHostName() {
    }

    static String find() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name == null || name.isBlank() ? FALLBACK : name;
        } catch (UnknownHostException | SecurityException e) {
            return FALLBACK;
        }
    }
}
