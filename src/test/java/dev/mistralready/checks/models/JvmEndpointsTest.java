package dev.mistralready.checks.models;

import static dev.mistralready.checks.models.JavaModelConfigTest.check;
import static dev.mistralready.checks.models.JavaModelConfigTest.rulesAndPlaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LangChain4j's and Spring AI's non-chat models and Spring AI's low-level clients (fixtures/models/jvm-endpoints). */
class JvmEndpointsTest {

    private static final String LANGCHAIN4J = "src/main/java/com/example/models/LangChain4jModels.java";
    private static final String SPRING_AI = "src/main/java/com/example/models/SpringAiModels.java";

    static List<ChatCall> calls(String file) throws Exception {
        Path root = Path.of(JvmEndpointsTest.class.getResource("/fixtures/models/jvm-endpoints").toURI());
        return JavaCalls.find(file, Files.readString(root.resolve(file)), ModelCatalogue.bundled()).calls();
    }

    @Test
    void seesEveryLangChain4jModelBuilderWithTheEndpointItCalls() throws Exception {
        assertThat(calls(LANGCHAIN4J)).extracting(call -> call.at().line(), ChatCall::callee, ChatCall::endpoint)
                .containsExactly(
                        tuple(15, "MistralAiEmbeddingModel.builder()", Endpoint.EMBEDDINGS),
                        tuple(23, "MistralAiFimModel.builder()", Endpoint.FIM),
                        tuple(31, "MistralAiStreamingFimModel.builder()", Endpoint.FIM),
                        tuple(41, "new MistralAiModerationModel.Builder()", Endpoint.MODERATION),
                        tuple(47, "MistralAiModerationModel.builder()", Endpoint.MODERATION));
    }

    @Test
    void checksTheModelOfEachBuilderAndMaxTokensTemperatureAndTimeoutOfFimOnly() throws Exception {
        Outcome outcome = check("jvm-endpoints");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("9 errors and 1 warning in 11 Mistral calls in 2 files");
        assertThat(rulesAndPlaces(outcome)).filteredOn(place -> ((Location) place.toArray()[1]).file().equals(LANGCHAIN4J))
                .containsExactly(
                        // MistralAiEmbeddingModelName.MISTRAL_EMBED sends the alias mistral-embed
                        tuple("MR-MOD-001", new Location(LANGCHAIN4J, 17, 56)),
                        // a FIM builder without .maxTokens(...) or .timeout(...); the embedding one is asked neither
                        tuple("MR-MOD-006", new Location(LANGCHAIN4J, 23, 16)),
                        tuple("MR-MOD-010", new Location(LANGCHAIN4J, 23, 16)),
                        // MistralAiFimModelName.OPEN_CODESTRAL_MAMBA sends the retired open-codestral-mamba
                        tuple("MR-MOD-002", new Location(LANGCHAIN4J, 32, 50)),
                        // new MistralAiModerationModel.Builder() with a pinned id: nothing; builder() with a former alias
                        tuple("MR-MOD-001", new Location(LANGCHAIN4J, 47, 61)));
    }

    @Test
    void seesSpringAisEmbeddingModerationOcrAndLowLevelChatCallsButNotAMockitoStub() throws Exception {
        assertThat(calls(SPRING_AI)).extracting(call -> call.at().line(), ChatCall::callee, ChatCall::endpoint)
                .containsExactly(
                        tuple(17, "MistralAiEmbeddingModel.builder()", Endpoint.EMBEDDINGS),
                        tuple(22, "MistralAiEmbeddingModel.builder()", Endpoint.EMBEDDINGS),
                        tuple(27, "MistralAiModerationModel.builder()", Endpoint.MODERATION),
                        tuple(32, "ocrApi.ocr", Endpoint.OCR),
                        tuple(36, "api.chatCompletionEntity", Endpoint.CHAT),
                        tuple(42, "api.chatCompletionStream", Endpoint.CHAT));
    }

    @Test
    void checksSpringAiDefaultsAtTheBuilderAndRequestRecordsWhereTheirArgumentsAreWritten() throws Exception {
        Outcome outcome = check("jvm-endpoints");

        assertThat(rulesAndPlaces(outcome)).filteredOn(place -> ((Location) place.toArray()[1]).file().equals(SPRING_AI))
                .containsExactly(
                        // no options: Spring AI sends mistral-embed and mistral-moderation-latest, reported at the builder
                        tuple("MR-MOD-001", new Location(SPRING_AI, 22, 16)),
                        tuple("MR-MOD-001", new Location(SPRING_AI, 27, 16)),
                        // the OCRRequest in a variable names the retired mistral-ocr-2505
                        tuple("MR-MOD-002", new Location(SPRING_AI, 31, 52)),
                        // new ChatCompletionRequest(messages, model, temperature)
                        tuple("MR-MOD-008", new Location(SPRING_AI, 36, 99)),
                        // the full constructor passes null as max tokens
                        tuple("MR-MOD-006", new Location(SPRING_AI, 42, 16)));
        Finding maxTokens = outcome.findings().get(outcome.findings().size() - 1);
        assertThat(maxTokens.fix()).isEqualTo("Pass 1024 as `maxTokens` (the 7th argument of `new ChatCompletionRequest(...)`) "
                + "to `api.chatCompletionStream` (sized to the longest reply you need).");
    }
}
