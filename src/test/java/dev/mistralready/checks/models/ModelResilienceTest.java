package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Timeouts and retries by SDK release (MR-MOD-009..011) and the TS SDK's error field (MR-MOD-012),
 * over the fixture apps in src/test/resources/fixtures/models.
 */
class ModelResilienceTest {

    private static Outcome check(String fixture) throws Exception {
        Path project = Path.of(ModelResilienceTest.class.getResource("/fixtures/models/" + fixture).toURI());
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ModelConfigCheck().run(ModelConfigOptions.defaults(),
                new CheckContext(project, Map.of(), clock, new Cancellation(), Progress.NONE));
    }

    private static List<Tuple> rulesAndPlaces(Outcome outcome) {
        return outcome.findings().stream()
                .map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow()))
                .toList();
    }

    @Test
    void judgesEachClientByTheReleaseItsNearestManifestAllows() throws Exception {
        Outcome outcome = check("versions");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // requirements.txt pins mistralai==2.2.1: no timeout before 2.3.0
                tuple("MR-MOD-009", new Location("batch/jobs.py", 5, 10)),
                tuple("MR-MOD-011", new Location("batch/jobs.py", 5, 10)),
                // ^2.7.0 waits 300 s; p-retry in the same package.json does the retrying
                tuple("MR-MOD-010", new Location("services/current/src/chat.ts", 3, 16)),
                // ~1.5.0 has no timeout; retryConfig { strategy: "none" } retries nothing
                tuple("MR-MOD-009", new Location("services/old/src/chat.ts", 3, 16)),
                tuple("MR-MOD-011", new Location("services/old/src/chat.ts", 3, 16)),
                // no manifest declares the SDK: read conservatively
                tuple("MR-MOD-009", new Location("services/unpinned/src/chat.ts", 3, 16)),
                tuple("MR-MOD-011", new Location("services/unpinned/src/chat.ts", 3, 16)),
                // Poetry's ^2.4.13 waits 300 s; stamina retries
                tuple("MR-MOD-010", new Location("worker/jobs.py", 5, 10)));
    }

    @Test
    void namesTheReleaseAndItsDefaultOrSaysTheVersionIsUnknown() throws Exception {
        Outcome outcome = check("versions");

        Finding old = ModelConfigCheckTest.finding(outcome, "MR-MOD-009", "services/old/src/chat.ts", 3);
        assertThat(old.severity()).isEqualTo(Severity.ERROR);
        assertThat(old.message()).isEqualTo("`new Mistral` sets no `timeoutMs`, and @mistralai/mistralai ~1.5.0 "
                + "(services/old/package.json) has no default timeout (before 2.2.0 the SDK has no timeout of its own): "
                + "a stalled request hangs forever");
        assertThat(old.fix()).startsWith("Set `timeoutMs: 30_000` on `new Mistral({...})`");
        Finding current = ModelConfigCheckTest.finding(outcome, "MR-MOD-010", "services/current/src/chat.ts", 3);
        assertThat(current.severity()).isEqualTo(Severity.WARNING);
        assertThat(current.message()).isEqualTo("`new Mistral` sets no `timeoutMs`: @mistralai/mistralai ^2.7.0 "
                + "(services/current/package.json) then waits 300 s (5 minutes) for an answer");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-009", "services/unpinned/src/chat.ts", 3).message())
                .contains("the @mistralai/mistralai version is unknown (no package.json declares @mistralai/mistralai): "
                        + "read conservatively");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-010", "worker/jobs.py", 5).message())
                .contains("mistralai ^2.4.13 (worker/pyproject.toml) then waits 300 s");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-011", "batch/jobs.py", 5).fix())
                .startsWith("Pass `retry_config=RetryConfig(\"backoff\"");
        assertThat(outcome.details()).contains(
                "services/current/src/chat.ts:3:16: `new Mistral` sets no retries; p-retry (services/current/package.json) "
                        + "is taken to retry its calls");
    }

    @Test
    void timeoutsAndRetriesSetPerCallOrOnTheClientAreEnoughEvenOnOldReleases() throws Exception {
        Outcome outcome = check("settings-given");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void reportsStatusReadFromMistralErrorsButNotStatusCodeNorOpenAiErrors() throws Exception {
        Outcome outcome = check("ts-errors");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // a breaker that tests `instanceof SDKError`, in a file that only imports the SDK's errors
                tuple("MR-MOD-012", new Location("src/breaker.ts", 8, 40)),
                tuple("MR-MOD-012", new Location("src/breaker.ts", 8, 76)),
                // catch (error) around client.chat.complete
                tuple("MR-MOD-012", new Location("src/chat.ts", 13, 9)),
                // .catch((e) => e?.status ...) chained on the call
                tuple("MR-MOD-012", new Location("src/chat.ts", 21, 54)),
                // `const failure = err as MistralError`, around client.models.list()
                tuple("MR-MOD-012", new Location("src/chat.ts", 29, 9)));
        assertThat(outcome.findings().get(2).message()).isEqualTo("`error.status` is always undefined on an error from "
                + "@mistralai/mistralai, whose field is `statusCode`: this test never matches, so 429 and 5xx are not "
                + "handled as intended");
        assertThat(outcome.findings().get(0).message()).startsWith("`(error as SDKError).status` is always undefined");
        assertThat(outcome.findings().get(2).fix()).startsWith("Read `statusCode`");
    }

    @Test
    void aProjectWhoseClientsAreCreatedElsewhereSaysTimeoutsWereNotChecked() throws Exception {
        Outcome outcome = check("no-client");

        assertThat(outcome.findings()).extracting(Finding::ruleId).doesNotContain("MR-MOD-009", "MR-MOD-010", "MR-MOD-011");
        assertThat(outcome.details()).contains("timeouts and retries not checked: no linted file creates a Mistral client");
    }
}
