package dev.mistralready.checks.models;

import static dev.mistralready.checks.models.JavaModelConfigTest.check;
import static dev.mistralready.checks.models.JavaModelConfigTest.rulesAndPlaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Embedding, moderation and FIM models in Spring configuration (fixtures/models/spring-embedding). */
class SpringEmbeddingConfigTest {

    private static final String EMBEDDING_ONLY = "embedding-only/src/main/resources/application.yml";
    private static final String BOTH = "chat-and-embedding/src/main/resources/application.yml";
    private static final String LANGCHAIN4J = "langchain4j/src/main/resources/application.properties";

    private static List<ChatCall> calls() throws Exception {
        Path root = Path.of(SpringEmbeddingConfigTest.class.getResource("/fixtures/models/spring-embedding").toURI());
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : List.of(EMBEDDING_ONLY, BOTH, LANGCHAIN4J)) {
            files.put(file, Files.readString(root.resolve(file)));
        }
        return SpringConfigCalls.find(files).stream().flatMap(file -> file.calls().stream()).toList();
    }

    @Test
    void anEmbeddingConfigurationIsAnEmbeddingModelNotAChatModel() throws Exception {
        assertThat(calls()).extracting(ChatCall::file, call -> call.at().line(), ChatCall::callee, ChatCall::endpoint)
                .containsExactly(
                        // each model at its first key: the chat model at the api key it uses, the embedding model at
                        // its own first key; the api key of the embedding-only file makes no chat model
                        tuple(EMBEDDING_ONLY, 6, "spring.ai.mistralai.embedding", Endpoint.EMBEDDINGS),
                        tuple(BOTH, 6, "spring.ai.mistralai.chat", Endpoint.CHAT),
                        tuple(BOTH, 13, "spring.ai.mistralai.embedding.options", Endpoint.EMBEDDINGS),
                        tuple(LANGCHAIN4J, 1, "langchain4j.mistral-ai.embedding-model", Endpoint.EMBEDDINGS),
                        tuple(LANGCHAIN4J, 3, "langchain4j.mistral-ai.moderation-model", Endpoint.MODERATION),
                        tuple(LANGCHAIN4J, 5, "langchain4j.mistral-ai.fim-model", Endpoint.FIM));
    }

    @Test
    void checksEachConfiguredModelAgainstTheCatalogueWhereItsIdIsWritten() throws Exception {
        Outcome outcome = check("spring-embedding");

        assertThat(outcome.summary()).isEqualTo("3 errors and 1 warning in 6 Mistral calls in 3 files");
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // 1.x spelling, an id the catalogue lacks; the chat model beside it is pinned and bounded
                tuple("MR-MOD-005", new Location(BOTH, 13, 20)),
                // the api key alone with an embedding model: no chat model, so no MR-MOD-006/007 on line 4
                tuple("MR-MOD-001", new Location(EMBEDDING_ONLY, 6, 18)),
                // the retired moderation model; the FIM model lacks max tokens and a timeout
                tuple("MR-MOD-002", new Location(LANGCHAIN4J, 4, 52)),
                tuple("MR-MOD-006", new Location(LANGCHAIN4J, 5, 1)));
    }
}
