package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.checks.secrets.Keys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The prometheus-query gate through the whole CLI, against a Prometheus on loopback with canned answers. */
@DisabledOnOs(OS.WINDOWS)
class PrometheusQueryCliTest {

    private static final String PATH = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");

    @TempDir
    Path work;

    private final String token = new Keys(81).random(Keys.ALNUM, 40);
    private MockWebServer server;
    private Path project;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String query = request.getUrl().queryParameter("query");
                String value = query != null && query.contains("status=~\"5..\"") ? "14" : "0";
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":"
                                + "{\"echo\":\"" + request.getHeaders().get("Authorization") + "\"},\"value\":"
                                + "[1764680000,\"" + value + "\"]}]}}").build();
            }
        });
        server.start();
        project = Files.createDirectories(work.resolve("project"));
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - id: error-rate
                    type: prometheus-query
                    with:
                      url-env: PROMETHEUS_URL
                      headers: {Authorization: "Bearer ${PROM_TOKEN}"}
                      header-env: [PROM_TOKEN]
                      metrics: [mistral]
                """);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private Map<String, String> environment() {
        return Map.of("PATH", PATH, "PROM_TOKEN", token, "PROMETHEUS_URL", "http://127.0.0.1:" + server.getPort());
    }

    @Test
    void offlineSkipsTheGateAndAsksNothing() {
        CliRun run = CliRun.in(work, environment(), "check", "project", "--offline", "--color", "never");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^SKIP   error-rate  ")
                .contains("       skipped (--offline): this gate needs the network");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void failsTheRunOverTheThresholdAndNoReportShowsTheToken() throws IOException {
        Path json = work.resolve("report.json");
        Path sarif = work.resolve("report.sarif");
        Path junit = work.resolve("report.xml");

        CliRun run = CliRun.in(work, environment(), "check", "project", "--color", "never", "--verbose",
                "--json", json.toString(), "--sarif", sarif.toString(), "--junit", junit.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).containsPattern("(?m)^FAIL   error-rate  ")
                .contains("over the threshold: api-down 14 5xx/min > 10 (mistral)", "MR-PRM-010");
        assertThat(server.getRequestCount()).isEqualTo(6);
        for (String output : new String[] {run.out(), run.err(), Files.readString(json), Files.readString(sarif),
                Files.readString(junit)}) {
            assertThat(output).doesNotContain(token);
        }
        assertThat(Files.readString(json)).contains("MR-PRM-010", "sum(increase(mistral_requests_total");
    }

    @Test
    void skipsWithTheReasonWhenTheAddressIsNotSet() {
        CliRun run = CliRun.in(work, Map.of("PATH", PATH), "check", "project", "--color", "never");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("       skipped: PROMETHEUS_URL is not set");
    }
}
