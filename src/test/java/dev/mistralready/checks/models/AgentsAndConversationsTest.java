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
 * Agent creation and update, conversation runs and continuations, text to speech and the 0.x
 * {@code client.embeddings(...)} (fixtures/models/agents-conversations): each is seen, and each is
 * checked for its model alone.
 */
class AgentsAndConversationsTest {

    private static final Path FIXTURE = fixture();

    private static Path fixture() {
        try {
            return Path.of(AgentsAndConversationsTest.class.getResource("/fixtures/models/agents-conversations").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileCalls calls(SourceLanguage language, String file) throws Exception {
        return language.calls(file, Files.readString(FIXTURE.resolve(file)), ModelCatalogue.bundled());
    }

    @Test
    void checksTheModelOfAgentsRunsAndSpeechAndNothingElse() throws Exception {
        Outcome outcome = check("agents-conversations");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // agents.create with a retired model; agents.update with an alias (its completion_args are the agent's)
                tuple("MR-MOD-002", new Location("agents.py", 10, 11)),
                tuple("MR-MOD-001", new Location("agents.py", 14, 54)),
                // conversations.run_stream_async writes a model; run_async takes it from the RunContext
                tuple("MR-MOD-002", new Location("agents.py", 22, 103)),
                // audio.speech.complete with an alias
                tuple("MR-MOD-001", new Location("agents.py", 33, 45)),
                // the 0.x embeddings(model=..., input=...)
                tuple("MR-MOD-001", new Location("legacy_embed.py", 7, 36)),
                // TS: agents.create, and agents.update naming the model in its updateAgentRequest
                tuple("MR-MOD-002", new Location("src/agents.ts", 6, 58)),
                tuple("MR-MOD-001", new Location("src/agents.ts", 7, 85)));
    }

    @Test
    void countsContinuationsAndCallsWithNothingWrong() throws Exception {
        Outcome outcome = check("agents-conversations");

        // agents.py: 4 agent set-ups, 2 runs, 3 continuations, 2 speech; 1 each in the embeddings files; 5 in TS
        assertThat(outcome.summary()).isEqualTo("7 errors in 18 Mistral calls in 4 files");
        assertThat(outcome.details()).doesNotContain("options are built outside the file");
    }

    @Test
    void seesEachPythonCallAsTheEndpointItReaches() throws Exception {
        assertThat(calls(SourceLanguage.PYTHON, "agents.py").calls())
                .extracting(call -> call.at().line(), ChatCall::endpoint, ChatCall::callee)
                .containsExactly(
                        tuple(9, Endpoint.AGENT_SETUP, "client.beta.agents.create"),
                        tuple(14, Endpoint.AGENT_SETUP, "client.beta.agents.update"),
                        tuple(15, Endpoint.AGENT_SETUP, "client.beta.agents.update"),
                        tuple(19, Endpoint.AGENT_SETUP, "client.beta.agents.create_async"),
                        tuple(21, Endpoint.CONVERSATION_RUN, "client.beta.conversations.run_async"),
                        tuple(22, Endpoint.CONVERSATION_RUN, "client.beta.conversations.run_stream_async"),
                        tuple(27, Endpoint.CONVERSATION_CONTINUATION, "client.beta.conversations.append"),
                        tuple(28, Endpoint.CONVERSATION_CONTINUATION, "client.beta.conversations.append_stream"),
                        tuple(29, Endpoint.CONVERSATION_CONTINUATION, "client.beta.conversations.restart"),
                        tuple(33, Endpoint.SPEECH, "client.audio.speech.complete"),
                        tuple(38, Endpoint.SPEECH, "client.audio.speech.stream"));
    }

    @Test
    void seesTheZeroXEmbeddingsCallOnEitherClient() throws Exception {
        assertThat(calls(SourceLanguage.PYTHON, "legacy_embed.py").calls())
                .extracting(call -> call.at().line(), ChatCall::sdk, ChatCall::endpoint)
                .containsExactly(tuple(7, Sdk.PYTHON_LEGACY, Endpoint.EMBEDDINGS));
        // code ported from 0.x writes it on a v1 client: seen, its pinned model passes
        assertThat(calls(SourceLanguage.PYTHON, "ported_embed.py").calls())
                .extracting(call -> call.at().line(), ChatCall::sdk, ChatCall::endpoint)
                .containsExactly(tuple(7, Sdk.PYTHON, Endpoint.EMBEDDINGS));
    }

    @Test
    void seesEachTypeScriptCallAsTheEndpointItReaches() throws Exception {
        assertThat(calls(SourceLanguage.JAVASCRIPT, "src/agents.ts").calls())
                .extracting(call -> call.at().line(), ChatCall::endpoint)
                .containsExactly(
                        tuple(6, Endpoint.AGENT_SETUP),
                        tuple(7, Endpoint.AGENT_SETUP),
                        tuple(8, Endpoint.CONVERSATION_CONTINUATION),
                        tuple(9, Endpoint.CONVERSATION_CONTINUATION),
                        tuple(10, Endpoint.SPEECH));
    }

    @Test
    void aSpeechCallOfAnotherSdkIsNotMistrals() throws Exception {
        FileCalls calls = JavaScriptCalls.find("tts.ts", """
                import ElevenLabs from "elevenlabs";
                const client = new ElevenLabs();
                await client.audio.speech.complete({ model: "eleven_v2", input: "hi" });
                """);

        assertThat(calls.calls()).isEmpty();
    }
}
