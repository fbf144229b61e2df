package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Secret;
import dev.mistralready.checks.secrets.Keys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The credential probe through the whole CLI, against a MockWebServer on loopback. */
@DisabledOnOs(OS.WINDOWS)
class CredentialProbeCliTest {

    private static final String MODELS = "{\"object\":\"list\",\"data\":[{\"id\":\"mistral-small-2603\"}]}";

    @TempDir
    Path work;

    private final String key = new Keys(41).mistral();
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
                  - id: credentials
                    type: credential-probe
                    with:
                      base-url: http://127.0.0.1:%d
                  - {id: build, type: command, with: {run: 'echo built'}}
                """.formatted(server.getPort()));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private CliRun check(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "check";
        args[1] = "project";
        System.arraycopy(options, 0, args, 2, options.length);
        return CliRun.in(work, Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "MISTRAL_API_KEY", key), args);
    }

    @Test
    void offlineSkipsTheProbeWithTheReasonAndSendsNothing() {
        server.enqueue(new MockResponse.Builder().code(200).body(MODELS).build());

        CliRun run = check("--offline", "--color", "never");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^SKIP   credentials  ")
                .contains("       skipped (--offline): this gate needs the network")
                .containsPattern("(?m)^PASS   build  ")
                .containsPattern("(?m)^1 passed, 0 failed, 0 warnings, 1 skipped \\(");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void probesTheKeyWhenOnline() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(MODELS).build());

        CliRun run = check("--verbose", "--color", "never");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^PASS   credentials  ")
                .containsPattern("(?m)^       200 from http://127.0.0.1:\\d+ in [0-9.]+m?s, 1 model visible$");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("User-Agent")).startsWith("mistral-ready/");
    }

    @Test
    void theKeyAppearsInNoReportFormatEvenWhenTheApiEchoesIt() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401)
                .body("{\"message\":\"Invalid API key: " + key + "\"}")
                .addHeader("x-ratelimit-echo", key)
                .build());

        CliRun run = check("--verbose", "--junit", "report.xml", "--json", "report.json");

        assertThat(run.exitCode()).isEqualTo(1);
        String everything = run.out() + run.err() + Files.readString(work.resolve("report.xml"))
                + Files.readString(work.resolve("report.json"));
        assertThat(everything).contains("MR-KEY-002", "Invalid API key: " + Secret.redact(key),
                "x-ratelimit-echo " + Secret.redact(key)).doesNotContain(key);
    }

    @Test
    void refusesAPlainHttpBaseUrlBeyondLoopbackBeforeAnyGateRuns() throws IOException {
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - {id: build, type: command, with: {run: 'touch ran'}}
                  - id: credentials
                    type: credential-probe
                    with:
                      base-url: http://api.mistral.ai
                """);

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("project/checklist.yaml:7:17: option `base-url`: "
                + "`http://api.mistral.ai` would send the API key unencrypted; use https:// (plain http:// is allowed only "
                + "to localhost, 127.0.0.1 or [::1])" + System.lineSeparator());
        assertThat(project.resolve("ran")).doesNotExist();
    }
}
