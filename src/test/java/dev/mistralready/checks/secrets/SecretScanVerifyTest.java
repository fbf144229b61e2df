package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mistralready.check.Baseline;
import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Network;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.mistral.MistralEndpoint;
import dev.mistralready.project.files.TestFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify: true} against a MockWebServer on loopback standing in for the Mistral API. */
class SecretScanVerifyTest {

    private static final OkHttpClient CLIENT = new OkHttpClient();

    @TempDir
    Path project;

    private final Keys keys = new Keys(61);
    private final String liveKey = keys.mistral();
    private final String revokedKey = keys.mistral();
    private final String flakyKey = keys.mistral();
    private MockWebServer api;

    @BeforeEach
    void startApi() throws IOException {
        api = new MockWebServer();
        api.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String authorization = request.getHeaders().get("Authorization");
                if (("Bearer " + liveKey).equals(authorization)) {
                    return new MockResponse.Builder().code(200).body("{\"object\": \"list\", \"data\": []}").build();
                }
                if (("Bearer " + revokedKey).equals(authorization)) {
                    return new MockResponse.Builder().code(401).body("{\"message\": \"Unauthorized\"}").build();
                }
                return new MockResponse.Builder().code(503).body("upstream unavailable").build();
            }
        });
        api.start();
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    private Outcome scan(SecretScanOptions options, Network network) throws Exception {
        return new SecretScanCheck().run(options,
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE, network));
    }

    private SecretScanOptions verifying() {
        return SecretScanOptions.defaults().verifiedAt(MistralEndpoint.parse("http://127.0.0.1:" + api.getPort()));
    }

    private static String mistralRuleFix() {
        return BuiltInRules.all().stream().filter(rule -> rule.id().equals("MR-SEC-001")).findFirst().orElseThrow().fix();
    }

    private void write(String path, String text) throws IOException {
        TestFiles.write(project, path, text);
    }

    private static String config(String key) {
        return "MISTRAL_API_KEY = \"" + key + "\"\n";
    }

    @Test
    void tellsALiveLeakFromARevokedKeyAndAnUnanswered() throws Exception {
        write("a/live.py", config(liveKey));
        write("b/revoked.py", config(revokedKey));
        write("c/flaky.py", config(flakyKey));

        Outcome outcome = scan(verifying(), Network.using(CLIENT));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).startsWith("1 live Mistral key, 3 secrets in 3 files");
        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow().file(), Finding::severity,
                Finding::message, Finding::fix).containsExactly(
                tuple("a/live.py", Severity.ERROR, "Mistral API key: `" + liveKey.substring(0, 4) + "…(32 chars)` "
                        + "(LIVE: the key works, GET /v1/models answered 200)", KeyVerification.LIVE_FIX),
                tuple("b/revoked.py", Severity.WARNING, "Mistral API key: `" + revokedKey.substring(0, 4) + "…(32 chars)` "
                        + "(revoked: GET /v1/models answered 401)", KeyVerification.REVOKED_FIX),
                tuple("c/flaky.py", Severity.ERROR, "Mistral API key: `" + flakyKey.substring(0, 4) + "…(32 chars)` "
                        + "(not verified: the API answered 503)", mistralRuleFix()));
        assertThat(outcome.details()).contains("verified 3 Mistral keys with http://127.0.0.1:" + api.getPort()
                + ": 1 live, 1 revoked, 1 unknown");
    }

    @Test
    void sendsEachDistinctKeyOnceAndNothingElse() throws Exception {
        write("a/one.py", config(liveKey));
        write("a/two.py", config(liveKey));
        write("a/three.py", "MISTRAL_API_KEY = \"" + liveKey + "\"  # again\n");
        write("a/openai.py", "OPENAI_API_KEY = \"" + keys.openAi() + "\"\n");

        Outcome outcome = scan(verifying(), Network.using(CLIENT));

        assertThat(api.getRequestCount()).isEqualTo(1);
        RecordedRequest request = api.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/v1/models");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + liveKey);
        assertThat(outcome.findings()).filteredOn(finding -> finding.ruleId().equals("MR-SEC-001")).hasSize(3)
                .allSatisfy(finding -> assertThat(finding.message()).contains("LIVE"));
        assertThat(outcome.findings()).filteredOn(finding -> finding.ruleId().equals("MR-SEC-003")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).doesNotContain("verif", "LIVE"));
    }

    @Test
    void aBaselineDoesNotHideALiveKey() throws Exception {
        write("a/live.py", config(liveKey));
        write("b/revoked.py", config(revokedKey));
        Outcome before = scan(SecretScanOptions.defaults(), Network.offline());
        StringWriter baseline = new StringWriter();
        Baseline.write(before.findings(), baseline);
        write(Baseline.DEFAULT_FILE, baseline.toString());

        Outcome outcome = scan(verifying(), Network.using(CLIENT));

        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow().file()).containsExactly("a/live.py");
        assertThat(outcome.baselined()).extracting(finding -> finding.location().orElseThrow().file())
                .containsExactly("b/revoked.py");
    }

    @Test
    void anOfflineRunScansWithoutVerifying() throws Exception {
        write("a/live.py", config(liveKey));

        Outcome outcome = scan(verifying(), Network.offline());

        assertThat(api.getRequestCount()).isZero();
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).singleElement().satisfies(finding -> assertThat(finding.message()).doesNotContain("LIVE"));
        assertThat(outcome.details()).contains("keys not verified: the run is --offline");
    }

    @Test
    void sendsNothingWithoutVerify() throws Exception {
        write("a/live.py", config(liveKey));

        scan(SecretScanOptions.defaults(), Network.using(CLIENT));

        assertThat(api.getRequestCount()).isZero();
    }

    @Test
    void aDownApiLeavesTheFindingsAsTheyAre() throws Exception {
        write("a/live.py", config(liveKey));
        int port = api.getPort();
        api.close();

        Outcome outcome = scan(SecretScanOptions.defaults().verifiedAt(MistralEndpoint.parse("http://127.0.0.1:" + port)),
                Network.using(CLIENT));

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message()).endsWith("(not verified: the API was unreachable: connection refused)");
        });
    }

    @Test
    void verifiesKeysFoundOnlyInAnEnvFile() throws Exception {
        write("deploy/.env", "MISTRAL_API_KEY=" + liveKey + "\n");

        Outcome outcome = scan(verifying(), Network.using(CLIENT));

        List<String> messages = new ArrayList<>();
        outcome.findings().forEach(finding -> messages.add(finding.ruleId() + " " + finding.message()));
        assertThat(messages).allSatisfy(message -> assertThat(message).contains("LIVE"));
        assertThat(api.getRequestCount()).isEqualTo(1);
    }
}
