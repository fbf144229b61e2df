package dev.mistralready.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import java.io.IOException;
import java.net.ServerSocket;
import mockwebserver3.MockResponse;

/** What the tests of the live gates share about talking to a MockWebServer (or nobody) on loopback. */
public final class Loopback {

    /** How a gate shows a latency: {@code 95ms} or {@code 1.2s}. */
    public static final String LATENCY = "[0-9.]+m?s";

    private Loopback() {
    }

    /** A JSON answer with this status code. */
    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** A loopback URL on a port that was free a moment ago, so a connection to it is refused. */
    public static String refusingUrl(String path) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        }
    }

    /** The regex of {@code (200 from URL in 95ms)}, as the gates' summaries show an answer. */
    public static String answered(int code, String url) {
        return "\\(" + code + " from \\Q" + url + "\\E in " + LATENCY + "\\)";
    }

    /** The outcome's one finding; fails unless there is exactly one. */
    public static Finding onlyFinding(Outcome outcome) {
        assertThat(outcome.findings()).hasSize(1);
        return outcome.findings().get(0);
    }
}
