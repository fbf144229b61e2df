package dev.mistralready.mistral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API's own words, out of every body shape it has been seen to send. */
class ErrorBodyTest {

    private static Optional<String> message(String body) {
        return ErrorBody.message(body, JsonMapper.builder().build());
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
}
