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

/** Requests to api.mistral.ai without an SDK (fixtures/models/http-calls): the JSON body is the options. */
class HttpCallsTest {

    private static String read(String file) throws Exception {
        return Files.readString(Path.of(HttpCallsTest.class.getResource("/fixtures/models/http-calls/" + file).toURI()));
    }

    @Test
    void checksTheBodyOfEachRequestToMistral() throws Exception {
        Outcome outcome = check("http-calls");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // a constant URL and a payload built in the function: the model where it is written
                tuple("MR-MOD-001", new Location("review.py", 11, 25)),
                tuple("MR-MOD-006", new Location("review.py", 12, 12)),
                // httpx to the embeddings endpoint: the model only
                tuple("MR-MOD-001", new Location("review.py", 25, 78)),
                // fetch with JSON.stringify({...}) as the body
                tuple("MR-MOD-006", new Location("src/Editor.jsx", 2, 26)),
                tuple("MR-MOD-002", new Location("src/Editor.jsx", 6, 14)),
                tuple("MR-MOD-008", new Location("src/Editor.jsx", 8, 20)),
                // axios.post(this.API_URL, {...}): the class's field is the URL
                tuple("MR-MOD-001", new Location("src/service.ts", 9, 16)));
    }

    @Test
    void countsRequestsWithNothingWrongOrABodyFromElsewhere() throws Exception {
        Outcome outcome = check("http-calls");

        // review.py: 4 (not the OpenAI one); Editor.jsx 1; service.ts 1; request.ts 2 (not GET-like /v1/models)
        assertThat(outcome.summary()).startsWith("7 errors in 8 Mistral calls in 4 files");
        assertThat(outcome.details()).contains("the options are built outside the file, not checked: review.py:29:12");
    }

    @Test
    void seesEachRequestAsTheEndpointItsUrlNames() throws Exception {
        assertThat(PythonCalls.find("review.py", read("review.py")).calls())
                .extracting(call -> call.at().line(), ChatCall::sdk, ChatCall::endpoint, ChatCall::callee)
                .containsExactly(
                        tuple(12, Sdk.HTTP, Endpoint.CHAT, "requests.post"),
                        tuple(16, Sdk.HTTP, Endpoint.CHAT, "requests.post"),
                        tuple(25, Sdk.HTTP, Endpoint.EMBEDDINGS, "httpx.post"),
                        tuple(29, Sdk.HTTP, Endpoint.CHAT, "requests.post"));
        assertThat(JavaScriptCalls.find("src/request.ts", read("src/request.ts")).calls())
                .extracting(call -> call.at().line(), ChatCall::endpoint, ChatCall::callee, ChatCall::optionsVisible)
                .containsExactly(
                        tuple(8, Endpoint.CHAT, "axios.request", true),
                        tuple(9, Endpoint.FIM, "axios", false));
    }

    @Test
    void tellsTheEndpointByTheUrlsHostAndPath() {
        assertThat(HttpCalls.endpoint("https://api.mistral.ai/v1/chat/completions")).contains(Endpoint.CHAT);
        assertThat(HttpCalls.endpoint("https://api.mistral.ai/v1/ocr/")).contains(Endpoint.OCR);
        assertThat(HttpCalls.endpoint("https://codestral.mistral.ai/v1/fim/completions?x=1")).contains(Endpoint.FIM);
        assertThat(HttpCalls.endpoint("https://api.mistral.ai/v1/files")).isEmpty();
        assertThat(HttpCalls.endpoint("https://proxy.example.com/api.mistral.ai/v1/chat/completions")).isEmpty();
    }

    @Test
    void saysWhereToSetMaxTokensInTheBody() throws Exception {
        Outcome outcome = check("http-calls");

        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-006", "review.py", 12).fix())
                .isEqualTo("Add `\"max_tokens\": 1024` to the request body sent by `requests.post` "
                        + "(sized to the longest reply you need).");
    }
}
