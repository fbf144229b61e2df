package dev.mistralready.checks.models;

import static dev.mistralready.checks.models.JavaModelConfigTest.check;
import static dev.mistralready.checks.models.JavaModelConfigTest.rulesAndPlaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Vercel AI SDK's {@code generateObject} / {@code streamObject} (chat calls, as
 * {@code generateText}) and {@code embed} / {@code embedMany} with a Mistral embedding model
 * (fixtures/models/ai-sdk-objects).
 */
class AiSdkObjectsTest {

    @Test
    void checksObjectCallsAsChatAndEmbedCallsForTheirModel() throws Exception {
        Outcome outcome = check("ai-sdk-objects");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // generateObject: a floating alias, no maxOutputTokens, no temperature
                tuple("MR-MOD-006", new Location("src/objects.ts", 8, 28)),
                tuple("MR-MOD-007", new Location("src/objects.ts", 8, 28)),
                tuple("MR-MOD-001", new Location("src/objects.ts", 9, 20)),
                // embed: the model alone (no max tokens, no temperature asked)
                tuple("MR-MOD-001", new Location("src/objects.ts", 22, 54)));
        // streamObject sets everything; embedMany's model is pinned; other.ts embeds with OpenAI
        assertThat(outcome.summary()).isEqualTo("3 errors and 1 warning in 4 Mistral calls in 1 file");
    }

    @Test
    void seesEachCallAsTheEndpointItReaches() throws Exception {
        Path file = Path.of(AiSdkObjectsTest.class.getResource("/fixtures/models/ai-sdk-objects/src/objects.ts").toURI());

        assertThat(JavaScriptCalls.find("src/objects.ts", Files.readString(file)).calls())
                .extracting(call -> call.at().line(), ChatCall::callee, ChatCall::endpoint)
                .containsExactly(
                        tuple(8, "generateObject", Endpoint.CHAT),
                        tuple(18, "streamObject", Endpoint.CHAT),
                        tuple(22, "embed", Endpoint.EMBEDDINGS),
                        tuple(23, "embedMany", Endpoint.EMBEDDINGS));
    }

    @Test
    void aLanguageModelIsNoEmbeddingModel() {
        FileCalls calls = JavaScriptCalls.find("odd.ts", """
                import { mistral } from "@ai-sdk/mistral";
                import { embed } from "ai";
                embed({ model: mistral("mistral-small-2603"), value: "x" });
                """);

        assertThat(calls.calls()).isEmpty();
    }
}
