package dev.mistralready.checks.models;

import static dev.mistralready.checks.models.JavaModelConfigTest.check;
import static dev.mistralready.checks.models.JavaModelConfigTest.rulesAndPlaces;
import static dev.mistralready.checks.models.ModelConfigCheckTest.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import org.junit.jupiter.api.Test;

/** LlamaIndex, LiteLLM, Haystack and CrewAI calls to Mistral (fixtures/models/python-frameworks). */
class PythonFrameworkModelConfigTest {

    @Test
    void reportsEachFrameworkCallWhereItIsWritten() throws Exception {
        Outcome outcome = check("python-frameworks");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // CrewAI: the id after LiteLLM's mistral/ prefix, placed at the string; LiteLLM's 6000 s timeout
                tuple("MR-MOD-010", new Location("crew.py", 3, 7)),
                tuple("MR-MOD-001", new Location("crew.py", 3, 17)),
                // Haystack: max_tokens and temperature belong in generation_kwargs
                tuple("MR-MOD-006", new Location("hay.py", 5, 9)),
                tuple("MR-MOD-007", new Location("hay.py", 5, 9)),
                // LiteLLM through `import litellm`, from `from litellm import ...`, positional model
                tuple("MR-MOD-006", new Location("lite.py", 10, 12)),
                tuple("MR-MOD-010", new Location("lite.py", 10, 12)),
                tuple("MR-MOD-002", new Location("lite.py", 10, 37)),
                tuple("MR-MOD-010", new Location("lite.py", 14, 18)),
                tuple("MR-MOD-001", new Location("lite.py", 14, 30)),
                tuple("MR-MOD-008", new Location("lite.py", 14, 109)),
                // LlamaIndex: a constant of the file, reported where the id is written
                tuple("MR-MOD-001", new Location("llama.py", 3, 9)),
                tuple("MR-MOD-007", new Location("llama.py", 8, 15)),
                // no timeout: LlamaIndex's 120 s; max_retries=0 with no retry library
                tuple("MR-MOD-010", new Location("llama.py", 8, 15)),
                tuple("MR-MOD-011", new Location("llama.py", 11, 10)));
    }

    @Test
    void countsOnlyCallsThatReachMistralsApi() throws Exception {
        Outcome outcome = check("python-frameworks");

        // 3 LlamaIndex, 3 LiteLLM (not gpt-4o-mini, not ollama/mistral), 2 Haystack, 1 CrewAI (not ollama/mistral)
        assertThat(outcome.summary()).isEqualTo("7 errors and 7 warnings in 9 Mistral calls in 4 files");
    }

    @Test
    void neverReportsOllamaModelsNamedMistral() throws Exception {
        Outcome outcome = check("python-frameworks");

        // local.py: ChatOllama, LlamaIndex's Ollama and ollama.chat with model="mistral"; the ollama/ prefix in LiteLLM and CrewAI
        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow())
                .noneMatch(place -> place.file().equals("local.py"))
                .noneMatch(place -> place.file().equals("crew.py") && place.line() == 5)
                .noneMatch(place -> place.file().equals("lite.py") && place.line() >= 17);
    }

    @Test
    void aClassOfTheSameNameFromAnotherPackageIsNotAFrameworkCall() throws Exception {
        Outcome outcome = check("python-frameworks");

        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow().file())
                .doesNotContain("lookalikes.py");
    }

    @Test
    void llamaIndexsOwnMaxTokensDefaultBoundsTheReply() throws Exception {
        Outcome outcome = check("python-frameworks");

        assertThat(rulesAndPlaces(outcome)).doesNotContain(tuple("MR-MOD-006", new Location("llama.py", 8, 15)));
    }

    @Test
    void speaksEachFrameworksSpellingInFixes() throws Exception {
        Outcome outcome = check("python-frameworks");

        Finding haystackMaxTokens = finding(outcome, "MR-MOD-006", "hay.py", 5);
        assertThat(haystackMaxTokens.message()).isEqualTo("`MistralChatGenerator` sets no `max_tokens`: "
                + "a reply can run to the model's context limit, in cost and latency");
        assertThat(haystackMaxTokens.fix()).isEqualTo("Add `\"max_tokens\": 1024` to the `generation_kwargs` of "
                + "`MistralChatGenerator` (sized to the longest reply you need).");
        assertThat(finding(outcome, "MR-MOD-007", "hay.py", 5).fix()).isEqualTo("Add `\"temperature\": 0.3` to the "
                + "`generation_kwargs` of `MistralChatGenerator` (Mistral recommends 0.0 to 0.7).");
        assertThat(finding(outcome, "MR-MOD-006", "lite.py", 10).fix()).isEqualTo("Set `max_tokens=1024` on "
                + "`litellm.completion` (sized to the longest reply you need).");
        assertThat(finding(outcome, "MR-MOD-002", "lite.py", 10).message()).startsWith("`open-mixtral-8x22b` was retired on 2025-03-30");
        assertThat(finding(outcome, "MR-MOD-001", "llama.py", 3).message()).endsWith("used by `MistralAI` (line 5)");
    }

    @Test
    void namesEachFrameworksOwnTimeoutDefault() throws Exception {
        Outcome outcome = check("python-frameworks");

        Finding llamaIndex = finding(outcome, "MR-MOD-010", "llama.py", 8);
        assertThat(llamaIndex.message()).isEqualTo("`MistralAI` sets no `timeout`: LlamaIndex's MistralAI then waits "
                + "120 s (2 minutes) for an answer");
        assertThat(llamaIndex.fix()).isEqualTo("Pass `timeout=30` (seconds) to `MistralAI(...)`, sized to the slowest "
                + "answer you accept.");
        assertThat(finding(outcome, "MR-MOD-010", "crew.py", 3).message()).isEqualTo("`LLM` sets no `timeout`: "
                + "LiteLLM then waits 6000 s (100 minutes) for an answer");
        assertThat(finding(outcome, "MR-MOD-011", "llama.py", 11).message()).startsWith("`MistralAI` sets `max_retries=0`");
    }
}
