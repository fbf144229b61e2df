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
 * The embedding classes of LangChain, LlamaIndex and Haystack (fixtures/models/framework-embeddings):
 * told by what the file imports, checked for their model alone.
 */
class FrameworkEmbeddingsTest {

    private static FileCalls calls(String file) throws Exception {
        Path fixture = Path.of(FrameworkEmbeddingsTest.class.getResource("/fixtures/models/framework-embeddings").toURI());
        return PythonCalls.find(file, Files.readString(fixture.resolve(file)));
    }

    @Test
    void checksTheModelOfEachFrameworksEmbeddings() throws Exception {
        Outcome outcome = check("framework-embeddings");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        // no max tokens or temperature asked of an embedder; a default model (none written) is not reported
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                tuple("MR-MOD-001", new Location("lc.py", 6, 40)),
                tuple("MR-MOD-001", new Location("llama.py", 7, 42)));
        assertThat(outcome.summary()).isEqualTo("2 errors in 6 Mistral calls in 3 files");
    }

    @Test
    void seesEveryEmbedderAsAnEmbeddingsCall() throws Exception {
        assertThat(calls("lc.py").calls()).extracting(call -> call.at().line(), ChatCall::sdk, ChatCall::endpoint)
                .containsExactly(tuple(6, Sdk.LANGCHAIN_PYTHON, Endpoint.EMBEDDINGS),
                        tuple(7, Sdk.LANGCHAIN_PYTHON, Endpoint.EMBEDDINGS));
        assertThat(calls("llama.py").calls()).extracting(call -> call.at().line(), ChatCall::sdk, ChatCall::endpoint)
                .containsExactly(tuple(6, Sdk.LLAMA_INDEX, Endpoint.EMBEDDINGS),
                        tuple(7, Sdk.LLAMA_INDEX, Endpoint.EMBEDDINGS));
        assertThat(calls("hay.py").calls()).extracting(call -> call.at().line(), ChatCall::callee)
                .containsExactly(tuple(3, "MistralDocumentEmbedder"), tuple(4, "MistralTextEmbedder"));
    }

    @Test
    void readsTheModelFromAConstantOfTheFile() throws Exception {
        ChatCall settings = calls("llama.py").calls().get(0);

        assertThat(settings.model()).isInstanceOfSatisfying(Parameter.Given.class, given -> assertThat(given.value())
                .isInstanceOfSatisfying(dev.mistralready.project.source.Value.Text.class,
                        text -> assertThat(text.text()).isEqualTo("codestral-embed-2505")));
    }

    @Test
    void aClassOfTheSameNameFromAnotherPackageIsNotAnEmbedder() throws Exception {
        assertThat(calls("lookalike.py").calls()).isEmpty();
    }
}
