package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official SDKs' request methods beyond {@code chat.complete}: structured outputs, FIM, agents,
 * conversations, and the non-chat endpoints, each checked for the parameters it takes.
 */
class SdkEndpointsTest {

    @TempDir
    Path dir;

    static Outcome check(String fixture) throws Exception {
        return check(Path.of(SdkEndpointsTest.class.getResource("/fixtures/models/" + fixture).toURI()));
    }

    private static Outcome check(Path project) throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ModelConfigCheck().run(ModelConfigOptions.defaults(),
                new CheckContext(project, Map.of(), clock, new Cancellation(), Progress.NONE));
    }

    static List<Tuple> rulesAndPlaces(Outcome outcome) {
        return outcome.findings().stream()
                .map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow()))
                .toList();
    }

    @Test
    void checksEachEndpointForTheParametersItTakesOnly() throws Exception {
        Outcome outcome = check("sdk-endpoints");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("21 errors and 5 warnings in 28 Mistral calls in 3 files");
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // chat.parse: structured outputs are a chat completion
                tuple("MR-MOD-006", new Location("app.py", 13, 12)),
                tuple("MR-MOD-007", new Location("app.py", 13, 12)),
                tuple("MR-MOD-001", new Location("app.py", 13, 60)),
                // chat.parse_stream; parse_async sets everything
                tuple("MR-MOD-008", new Location("app.py", 23, 65)),
                // chat.stream_async and chat.complete_async
                tuple("MR-MOD-006", new Location("app.py", 27, 18)),
                tuple("MR-MOD-007", new Location("app.py", 27, 18)),
                tuple("MR-MOD-006", new Location("app.py", 31, 18)),
                // fim.complete with a retired Codestral; fim.stream_async sets everything
                tuple("MR-MOD-006", new Location("app.py", 35, 12)),
                tuple("MR-MOD-007", new Location("app.py", 35, 12)),
                tuple("MR-MOD-002", new Location("app.py", 35, 38)),
                // agents.complete: no max_tokens; the agent is the model and holds the temperature
                tuple("MR-MOD-006", new Location("app.py", 43, 12)),
                // beta.conversations.start with a model and no completion_args
                tuple("MR-MOD-006", new Location("app.py", 51, 12)),
                tuple("MR-MOD-007", new Location("app.py", 51, 12)),
                tuple("MR-MOD-002", new Location("app.py", 51, 50)),
                // completion_args without max_tokens; with an agent_id, nothing is the call's to set
                tuple("MR-MOD-006", new Location("app.py", 64, 12)),
                // embeddings, OCR, moderation, transcription: the model only
                tuple("MR-MOD-001", new Location("documents.py", 9, 37)),
                tuple("MR-MOD-002", new Location("documents.py", 10, 31)),
                tuple("MR-MOD-002", new Location("documents.py", 11, 40)),
                tuple("MR-MOD-002", new Location("documents.py", 14, 49)),
                // TS: chat.parse, fim.complete, agents.stream, OCR, moderateChat, transcriptions.stream
                tuple("MR-MOD-006", new Location("src/endpoints.ts", 6, 9)),
                tuple("MR-MOD-007", new Location("src/endpoints.ts", 6, 9)),
                tuple("MR-MOD-001", new Location("src/endpoints.ts", 7, 38)),
                tuple("MR-MOD-006", new Location("src/endpoints.ts", 8, 9)),
                tuple("MR-MOD-002", new Location("src/endpoints.ts", 16, 37)),
                tuple("MR-MOD-002", new Location("src/endpoints.ts", 17, 50)),
                tuple("MR-MOD-001", new Location("src/endpoints.ts", 18, 54)));
    }

    @Test
    void tellsAConversationToSetMaxTokensInItsCompletionArguments() throws Exception {
        Outcome outcome = check("sdk-endpoints");

        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-006", "app.py", 51).message())
                .isEqualTo("`client.beta.conversations.start` sets no `max_tokens`: a reply can run to the model's "
                        + "context limit, in cost and latency");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-006", "app.py", 51).fix())
                .isEqualTo("Pass `completion_args={\"max_tokens\": 1024}` (sized to the longest reply you need).");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-007", "app.py", 51).fix())
                .isEqualTo("Set `\"temperature\": 0.3` in `completion_args` explicitly (Mistral recommends 0.0 to 0.7).");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-002", "documents.py", 11).message())
                .startsWith("`mistral-moderation-2411` was retired on 2026-06-30");
    }

    @Test
    void leavesOpenAiEmbeddingsAndOllamaModelsCalledMistralAlone() throws Exception {
        Outcome outcome = check("sdk-endpoints");

        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow().file())
                .doesNotContain("local_models.py", "src/search.ts")
                .contains("documents.py");
        assertThat(outcome.findings()).filteredOn(finding -> finding.location().orElseThrow().file().equals("documents.py"))
                .extracting(finding -> finding.location().orElseThrow().line())
                .doesNotContain(15);
    }

    @Test
    void keepsEndpointsAndPerCallSettingsOfNotebookCells() throws Exception {
        Files.writeString(dir.resolve("ocr.ipynb"), """
                {
                 "cells": [
                  {"cell_type": "code", "metadata": {}, "outputs": [], "source": [
                    "from mistralai import Mistral\\n",
                    "client = Mistral()\\n",
                    "client.embeddings.create(model='mistral-embed-2312', inputs=['a'], timeout_ms=1000, retries=R)\\n",
                    "client.ocr.process(model='mistral-ocr-2505', document=d, timeout_ms=1000, retries=R)"
                  ]}
                 ],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
                }
                """);
        Files.writeString(dir.resolve("other.py"), """
                from mistralai import Mistral
                other = Mistral(timeout_ms=5_000, retry_config=R)
                other.chat.complete(model="mistral-small-2603", messages=m, max_tokens=10, temperature=0)
                """);

        Outcome outcome = check(dir);

        // no MR-MOD-006/007 on the embeddings, and client's calls both pass timeout_ms and retries
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-MOD-002", new Location("ocr.ipynb", 7, 31)));
        assertThat(outcome.findings().get(0).message()).endsWith("(cell 1)");
    }
}
