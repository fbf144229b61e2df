package dev.mistralready.checks.models;

import static dev.mistralready.checks.models.JavaModelConfigTest.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import org.junit.jupiter.api.Test;

/** Raw HTTP from Java to api.mistral.ai (fixtures/models/java-http, java-http-elsewhere). */
class JavaHttpCallsTest {

    private static final String FILE = "src/main/java/com/example/http/MistralHttp.java";

    @Test
    void seesEachRequestOfAFileNamingMistralsHostWithItsOptionsNotChecked() throws Exception {
        Outcome outcome = check("java-http");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("2 Mistral calls in 1 file, all pinned");
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.details()).contains("2 calls in 1 file: the options are built outside the file, not checked: "
                + FILE + ":19:16 `new RestTemplate(…).postForObject`, " + FILE + ":28:16 `client.send`");
    }

    @Test
    void aHostNamedInACommentOnlyIsNoMistralCall() throws Exception {
        Outcome outcome = check("java-http-elsewhere");

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).startsWith("skipped: no Mistral client or chat call");
    }

    @Test
    void placesEachRequestAtItsReceiver() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(JavaHttpCallsTest.class
                .getResource("/fixtures/models/java-http/" + FILE).toURI()));
        assertThat(JavaCalls.find(FILE, text, ModelCatalogue.bundled()).calls())
                .extracting(call -> call.at().line(), ChatCall::sdk)
                .containsExactly(tuple(19, Sdk.HTTP), tuple(28, Sdk.HTTP));
    }
}
