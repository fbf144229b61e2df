package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Secret;
import dev.mistralready.checks.secrets.Keys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The deployed app's gates, http-health and http-smoke, through the whole CLI against a MockWebServer on loopback. */
@DisabledOnOs(OS.WINDOWS)
class AppGatesCliTest {

    private static final String PATH = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");

    @TempDir
    Path work;

    private final String token = new Keys(43).mistral();
    private MockWebServer server;
    private Path project;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        project = Files.createDirectories(work.resolve("project"));
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - id: health
                    type: http-health
                    with:
                      url: http://127.0.0.1:%1$d/health
                      headers: {Authorization: "Bearer ${APP_TOKEN}"}
                      header-env: [APP_TOKEN]
                  - id: smoke
                    type: http-smoke
                    with:
                      url: http://127.0.0.1:%1$d/api/chat
                      headers: {Authorization: "Bearer ${APP_TOKEN}", X-Probe: mistral-ready}
                      header-env: [APP_TOKEN]
                  - {id: build, type: command, with: {run: 'echo built'}}
                """.formatted(server.getPort()));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private CliRun check(Map<String, String> environment, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "check";
        args[1] = "project";
        System.arraycopy(options, 0, args, 2, options.length);
        return CliRun.in(work, environment, args);
    }

    @Test
    void offlineSkipsBothWithTheReasonAndSendsNothing() {
        CliRun run = check(Map.of("PATH", PATH, "APP_TOKEN", token), "--offline", "--color", "never");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^SKIP   health  ").containsPattern("(?m)^SKIP   smoke  ")
                .contains("       skipped (--offline): this gate needs the network")
                .containsPattern("(?m)^1 passed, 0 failed, 0 warnings, 2 skipped \\(");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void skipsWithTheReasonWhenTheUrlVariablesAreNotSet() throws IOException {
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - {id: health, type: http-health, with: {url-env: MISTRAL_READY_HEALTH_URL, required: false}}
                  - {id: smoke, type: http-smoke, with: {url-env: MISTRAL_READY_SMOKE_URL, required: false}}
                """);

        CliRun run = check(Map.of("PATH", PATH), "--color", "never");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("       skipped: MISTRAL_READY_HEALTH_URL is not set",
                "       skipped: MISTRAL_READY_SMOKE_URL is not set");
    }

    @Test
    void passesAHealthyAppThatAnswersTheSmokeTest() {
        server.enqueue(new MockResponse.Builder().code(200)
                .body("{\"status\":\"healthy\",\"provider\":\"mistral\",\"latencyMs\":95}").build());
        server.enqueue(new MockResponse.Builder().code(200)
                .body("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"pong\"}}]}").build());
        server.enqueue(new MockResponse.Builder().code(200)
                .body("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"5\"}}]}").build());

        CliRun run = check(Map.of("PATH", PATH, "APP_TOKEN", token), "--verbose", "--color", "never", "--jobs", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^PASS   health  ").containsPattern("(?m)^PASS   smoke  ")
                .containsPattern("(?m)^       healthy \\(200 from http://127.0.0.1:\\d+/health in [0-9.]+m?s\\); "
                        + "the app reports latencyMs 95$")
                .containsPattern("(?m)^       answered \\(200 from http://127.0.0.1:\\d+/api/chat in [0-9.]+m?s\\): \"pong\"; "
                        + "second prompt: \"5\"$");
    }

    @Test
    void theTokenAppearsInNoReportFormatEvenWhenTheAppEchoesIt() throws Exception {
        String echo = "{\"error\":\"invalid token\",\"received\":\"Bearer " + token + "\",\"token\":\"" + token + "\"}";
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(401).body(echo).addHeader("Location", "/login?t=" + token).build());
        }

        CliRun run = check(Map.of("PATH", PATH, "APP_TOKEN", token), "--verbose", "--junit", "report.xml",
                "--json", "report.json");

        assertThat(run.exitCode()).isEqualTo(1);
        String everything = run.out() + run.err() + Files.readString(work.resolve("report.xml"))
                + Files.readString(work.resolve("report.json"));
        assertThat(everything).contains("MR-HLT-004", "MR-SMK-004", Secret.redact("Bearer " + token),
                "\"token\":\"" + Secret.redact(token)).doesNotContain(token);
    }

    @Test
    void refusesAtRunTimeToSendATokenInClearToAUrlFromTheEnvironment() throws IOException {
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - id: health
                    type: http-health
                    with:
                      url-env: MISTRAL_READY_HEALTH_URL
                      headers: {Authorization: "Bearer ${APP_TOKEN}"}
                      header-env: [APP_TOKEN]
                """);

        CliRun run = check(Map.of("PATH", PATH, "APP_TOKEN", token, "MISTRAL_READY_HEALTH_URL",
                "http://example.invalid/health"), "--color", "never");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("(?m)^FAIL   health  ")
                .contains("       refused: plain http to example.invalid would carry a secret in clear")
                .contains("       error MR-HLT-010 checklist.yaml:3:5  MISTRAL_READY_HEALTH_URL is plain http:// to "
                        + "example.invalid, which is not this machine, so header `Authorization` (with ${APP_TOKEN}) "
                        + "would travel in clear; nothing was sent")
                .contains("fix: Set MISTRAL_READY_HEALTH_URL to the https:// address of the app's health endpoint "
                        + "(plain http is only for loopback: 127.0.0.0/8, ::1, localhost).")
                .contains("       │ request not sent: GET http://example.invalid/health")
                .doesNotContain(token);
    }

    @Test
    void namesWhereEachRequestWentOrWouldHaveGoneInEveryReportFormat() throws IOException {
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - {id: health, type: http-health, with: {url: "http://127.0.0.1:%1$d/health"}}
                  - {id: smoke, type: http-smoke, with: {url: "http://127.0.0.1:%1$d/api/chat"}}
                  - id: ready
                    type: http-health
                    with:
                      url: http://127.0.0.1:%1$d/ready
                      headers: {Authorization: "Bearer ${READY_TOKEN}"}
                      header-env: [READY_TOKEN]
                      required: false
                """.formatted(server.getPort()));
        for (int run = 0; run < 2; run++) {
            server.enqueue(new MockResponse.Builder().code(200)
                    .body("{\"status\":\"healthy\",\"provider\":\"mistral\"}").build());
            server.enqueue(new MockResponse.Builder().code(500).body("{\"error\":\"upstream\"}").build());
        }
        String base = "http://127.0.0.1:" + server.getPort();

        CliRun run = check(Map.of("PATH", PATH), "--color", "never", "--jobs", "1", "--junit", "report.xml",
                "--json", "report.json");
        CliRun verbose = check(Map.of("PATH", PATH), "--color", "never", "--verbose", "--jobs", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        String health = "request: GET " + base + "/health";
        String smoke = "request: POST " + base + "/api/chat";
        String ready = "request not sent: GET " + base + "/ready";
        assertThat(run.out()).contains("│ " + smoke, "│ " + ready);
        assertThat(verbose.out()).contains("│ " + health);
        assertThat(Files.readString(work.resolve("report.xml"))).contains(health, smoke, ready);
        assertThat(Files.readString(work.resolve("report.json"))).contains(health, smoke, ready);
    }

    @Test
    void aWatchFailsAtTheUnhealthySampleAndTheJsonReportCarriesEverySample() throws IOException {
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - id: canary-health
                    type: http-health
                    with:
                      url: http://127.0.0.1:%d/health
                      watch: {for: 3s, every: 1s}
                """.formatted(server.getPort()));
        server.enqueue(new MockResponse.Builder().code(200).body("{\"status\":\"healthy\",\"provider\":\"mistral\"}").build());
        server.enqueue(new MockResponse.Builder().code(503).body("{\"status\":\"unhealthy\",\"error\":\"key revoked\"}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{\"status\":\"healthy\",\"provider\":\"mistral\"}").build());

        CliRun run = check(Map.of("PATH", PATH), "--color", "never", "--json", "report.json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(run.out()).containsPattern("(?m)^FAIL   canary-health  ")
                .contains("error MR-HLT-005 checklist.yaml:3:5  sample 2 of 3 at +1s: http://127.0.0.1:");
        com.fasterxml.jackson.databind.JsonNode gate = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(work.resolve("report.json").toFile()).get("gates").get(0);
        assertThat(gate.get("summary").asText()).startsWith("failed at sample 2 of 3 at +1s: unhealthy (503 from ")
                .contains("; 2 of 3 samples taken, 1 failed, 0 degraded; latency p50 ");
        assertThat(gate.get("details").asText().split("\n")).hasSize(3)
                .satisfies(lines -> assertThat(lines[1]).startsWith("sample 1 of 3 at +0s: PASS in "))
                .satisfies(lines -> assertThat(lines[2]).startsWith("sample 2 of 3 at +1s: FAIL in "));
        assertThat(gate.get("findings").get(0).get("rule").asText()).isEqualTo("MR-HLT-005");
    }
}
