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

/** OpenAI clients pointed at Mistral, LangChain ChatMistralAI and the Vercel AI SDK, over fixture apps. */
class ClientModelConfigTest {

    private static Outcome check(String fixture) throws Exception {
        Path project = Path.of(ClientModelConfigTest.class.getResource("/fixtures/models/" + fixture).toURI());
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
    void reportsEachMistakeOfOpenAiLangChainAndAiSdkCallsAndLeavesOpenAiOwnEndpointAlone() throws Exception {
        Outcome outcome = check("clients-faulty");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("12 errors and 7 warnings in 6 Mistral calls in 4 files");
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // OpenAI(base_url=MISTRAL_BASE_URL), a constant of the file, without a timeout (600 s)
                tuple("MR-MOD-010", new Location("app.py", 5, 10)),
                tuple("MR-MOD-001", new Location("app.py", 11, 15)),
                tuple("MR-MOD-014", new Location("app.py", 13, 9)),
                // LangChain ChatMistralAI(model_name=...), the legacy bare name
                tuple("MR-MOD-007", new Location("app.py", 22, 7)),
                tuple("MR-MOD-010", new Location("app.py", 22, 7)),
                tuple("MR-MOD-001", new Location("app.py", 22, 32)),
                // new ChatMistralAI({ modelName }), the deprecated option name
                tuple("MR-MOD-006", new Location("src/langchain.ts", 4, 21)),
                // maxRetries: 0 and no retry library
                tuple("MR-MOD-011", new Location("src/langchain.ts", 4, 21)),
                tuple("MR-MOD-002", new Location("src/langchain.ts", 5, 14)),
                tuple("MR-MOD-008", new Location("src/langchain.ts", 6, 16)),
                // new OpenAI({ baseURL: MISTRAL_URL }): max_completion_tokens and store, and no MR-MOD-006 on top
                tuple("MR-MOD-010", new Location("src/openai.ts", 4, 16)),
                tuple("MR-MOD-001", new Location("src/openai.ts", 8, 12)),
                tuple("MR-MOD-014", new Location("src/openai.ts", 10, 5)),
                tuple("MR-MOD-014", new Location("src/openai.ts", 12, 5)),
                // generateText({ model: mistral("...") }); the streamText with AI SDK 4.x maxTokens is fine
                tuple("MR-MOD-006", new Location("src/vercel.ts", 5, 24)),
                tuple("MR-MOD-007", new Location("src/vercel.ts", 5, 24)),
                // no timeout or abortSignal: the AI SDK has no default timeout
                tuple("MR-MOD-009", new Location("src/vercel.ts", 5, 24)),
                tuple("MR-MOD-005", new Location("src/vercel.ts", 6, 20)),
                tuple("MR-MOD-009", new Location("src/vercel.ts", 14, 3)));
    }

    @Test
    void namesEachClientsOwnTimeoutDefaultAndSpelling() throws Exception {
        Outcome outcome = check("clients-faulty");

        Finding openAi = ModelConfigCheckTest.finding(outcome, "MR-MOD-010", "src/openai.ts", 4);
        assertThat(openAi.message()).isEqualTo("`new OpenAI` sets no `timeout`: the openai client then waits 600 s "
                + "(10 minutes) for an answer");
        assertThat(openAi.fix()).startsWith("Set `timeout: 30_000` (ms) on `new OpenAI({...})`");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-010", "app.py", 22).message())
                .isEqualTo("`ChatMistralAI` sets no `timeout`: LangChain's ChatMistralAI then waits 120 s (2 minutes) "
                        + "for an answer");
        Finding vercel = ModelConfigCheckTest.finding(outcome, "MR-MOD-009", "src/vercel.ts", 14);
        assertThat(vercel.severity()).isEqualTo(Severity.ERROR);
        assertThat(vercel.fix()).startsWith("Pass `timeout: 30_000` (or `abortSignal: AbortSignal.timeout(30_000)`) "
                + "to `streamText`");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-011", "src/langchain.ts", 4).message())
                .startsWith("`new ChatMistralAI` sets `maxRetries: 0`: it then never retries");
    }

    @Test
    void saysMistralRejectsTheOpenAiOnlyParametersWith422() throws Exception {
        Outcome outcome = check("clients-faulty");

        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-014", "src/openai.ts", 10).message())
                .isEqualTo("`client.chat.completions.create` sends `max_completion_tokens` to Mistral through an OpenAI "
                        + "client: Mistral rejects it with 422 (Extra inputs are not permitted), so every such call fails");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-014", "src/openai.ts", 10).fix())
                .startsWith("Use `max_tokens` instead of `max_completion_tokens`");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-014", "src/openai.ts", 12).fix()).startsWith("Drop `store`");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-006", "src/vercel.ts", 5).message())
                .contains("`maxOutputTokens`");
    }

    @Test
    void passesTheCleanClientsWhoseCommentsNameTheRejectedParameters() throws Exception {
        Outcome outcome = check("clients-clean");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("5 Mistral calls in 3 files, all pinned");
        assertThat(outcome.findings()).isEmpty();
    }
}
