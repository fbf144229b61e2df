package dev.mistralready.mistral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mistralready.check.Secret;
import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.http.Encodings;
import dev.mistralready.http.Redaction;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API's own words, out of every body shape it has been seen to send. */
class ErrorBodyTest {

    private static Optional<String> message(String body) {
        return ErrorBody.message(body, JsonMapper.builder().build(), Redaction.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            documented   | {"object":"error","message":"Invalid model: mistral-medium-3.5","type":"invalid_model","param":null,"code":"1500","raw_status_code":400} | Invalid model: mistral-medium-3.5
            request id   | {"message":"Unauthorized","request_id":"c61f2f15"}                                                                   | Unauthorized
            detail       | {"detail":"Unauthorized"}                                                                                             | Unauthorized
            openai style | {"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}}                                    | Incorrect API key provided
            422 detail   | {"detail":[{"type":"extra_forbidden","loc":["body","store"],"msg":"Extra inputs are not permitted","input":true}]}     | body.store: Extra inputs are not permitted
            422 nested   | {"object":"error","message":{"detail":[{"type":"extra_forbidden","loc":["body","max_completion_tokens"],"msg":"Extra inputs are not permitted","input":32000}]},"type":"invalid_request_error"} | body.max_completion_tokens: Extra inputs are not permitted
            plain text   | upstream connect error                                                                                                | upstream connect error
            """)
    void findsTheMessageInEveryShape(String shape, String body, String expected) {
        assertThat(message(body)).contains(expected);
    }

    @Test
    void hasNoMessageForAnEmptyBody() {
        assertThat(message("")).isEmpty();
        assertThat(message(" \n")).isEmpty();
    }

    @Test
    void showsAnUnknownJsonShapeAsIsOnOneLine() {
        assertThat(message("{\"status\":\n  \"denied\"}")).contains("{\"status\": \"denied\"}");
    }

    @Test
    void keepsItToOneShortLine() {
        String page = "<html>\n<body>" + "x".repeat(500) + "</body></html>";

        assertThat(message(page)).hasValueSatisfying(text -> {
            assertThat(text).doesNotContain("\n").hasSize(ErrorBody.MAX_LENGTH + 1).endsWith("…");
        });
    }

    @Test
    void scrubsTheMessageAfterItsEscapesAreDecoded() {
        String key = new Keys(8).mistral();

        assertThat(ErrorBody.message("{\"message\":\"Invalid key " + Encodings.jsonUnicode(key, false) + "\"}",
                JsonMapper.builder().build(), Redaction.of(Secret.of(key))))
                .isEqualTo(Optional.of("Invalid key " + Secret.redact(key)));
    }

    @Test
    void scrubsTheMessageBeforeItIsCutSoNoPartOfTheKeyIsLeft() {
        String key = new Keys(9).mistral();
        String before = "x".repeat(ErrorBody.MAX_LENGTH - 10);

        assertThat(ErrorBody.message("{\"detail\":\"" + before + " " + Encodings.jsonUnicode(key, true) + "\"}",
                JsonMapper.builder().build(), Redaction.of(Secret.of(key))))
                .isEqualTo(Optional.of(before + " " + Secret.redact(key).substring(0, 9) + "…"));
    }
}
