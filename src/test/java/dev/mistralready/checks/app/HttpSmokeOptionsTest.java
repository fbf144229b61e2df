package dev.mistralready.checks.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an {@code http-smoke} gate's options are read from checklist.yaml, and the errors a user can make. */
class HttpSmokeOptionsTest {

    private static HttpSmokeOptions plan(String with) throws ChecklistException {
        String yaml = "version: 1\ngates:\n  - id: smoke\n    type: http-smoke\n"
                + (with.isEmpty() ? "" : "    with:\n" + with);
        return (HttpSmokeOptions) new GatePlanner(CheckRegistry.of(List.of(new HttpSmokeCheck())))
                .plan(ChecklistLoader.parse("checklist.yaml", yaml)).get(0).options();
    }

    @Test
    void defaultsToThePingAndTheChatCompletionsAnswer() throws ChecklistException {
        HttpSmokeOptions options = plan("      url-env: MISTRAL_READY_SMOKE_URL\n");

        assertThat(options).isEqualTo(HttpSmokeOptions.fromEnvironment("MISTRAL_READY_SMOKE_URL"));
        assertThat(options.body()).isEqualTo("{\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}");
        assertThat(options.expectPointer().text()).isEqualTo("/choices/0/message/content");
        assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.required()).isTrue();
    }

    @Test
    void takesTheBodyAsAMappingOrAsJsonText() throws ChecklistException {
        HttpSmokeOptions mapping = plan("""
                      url: https://app.example.com/api/chat
                      body:
                        model: mistral-small-2603
                        messages: [{role: user, content: ping}]
                """);
        HttpSmokeOptions text = plan("""
                      url: https://app.example.com/api/chat
                      body: '{"model": "mistral-small-2603", "messages": [{"role": "user", "content": "ping"}]}'
                """);

        String expected = "{\"model\":\"mistral-small-2603\",\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}";
        assertThat(mapping.body()).isEqualTo(expected);
        assertThat(text.body()).isEqualTo(expected);
    }

    @Test
    void refusesABodyThatIsNotJson() {
        assertThatThrownBy(() -> plan("      url-env: SMOKE_URL\n      body: 'ping'\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageStartingWith("checklist.yaml:6:7: option `with`: `body` is not JSON (")
                .hasMessageEndingWith("); write the request as a mapping, or as JSON text");
    }

    @Test
    void refusesABodyThatIsNotJsonWithoutQuotingAKeyInIt() {
        String key = "A" + new Keys(32).mistral().substring(1); // a letter first: the parser quotes it as a token

        assertThatThrownBy(() -> plan("      url-env: SMOKE_URL\n      body: '{\"key\": " + key + "}'\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageContaining("`body` is not JSON (")
                .hasMessageContaining(key.substring(0, 4) + "…(32 chars)")
                .hasMessageNotContaining(key);
    }

    @Test
    void refusesAnExpectPointerThatIsNoJsonPointerAtItsValue() {
        assertThatThrownBy(() -> plan("      url-env: SMOKE_URL\n      expect-pointer: choices[0].message.content\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:23: option `expect-pointer`: `choices[0].message.content` is not a JSON "
                        + "pointer; expected one such as /choices/0/message/content (each step after a `/`, list indexes "
                        + "from 0)");
    }

    @Test
    void refusesNeitherUrlNorUrlEnvSuggestingTheSmokeVariable() {
        assertThatThrownBy(() -> plan("      body: {messages: []}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: needs `url` (the address, such as "
                        + "https://app.example.com/api/chat) or `url-env` (the environment variable that holds it, such as "
                        + "MISTRAL_READY_SMOKE_URL)");
    }

    @Test
    void bindsTheSecondPromptItsPlaceAndRejectPatterns() throws ChecklistException {
        HttpSmokeOptions options = plan("""
                      url: https://app.example.com/api/chat
                      body: {session: smoke, message: ping}
                      second-prompt: Say hello in French.
                      prompt-pointer: /message
                      reject: [temporarily unavailable, "try again later"]
                """);

        assertThat(options.secondPrompt()).isEqualTo("Say hello in French.");
        assertThat(options.promptPointer()).contains("/message");
        assertThat(options.reject().patterns()).containsExactly("temporarily unavailable", "try again later");
        assertThat(options.secondRequest().body()).isEqualTo("{\"session\":\"smoke\",\"message\":\"Say hello in French.\"}");
    }

    @Test
    void defaultsToTheSumAsSecondPromptAndNoRejectPatterns() throws ChecklistException {
        HttpSmokeOptions options = plan("      url-env: MISTRAL_READY_SMOKE_URL\n");

        assertThat(options.secondPrompt()).isEqualTo("What is 2 + 3?");
        assertThat(options.promptPointer()).isEmpty();
        assertThat(options.reject().patterns()).isEmpty();
    }

    @Test
    void refusesABodyWithoutAUserMessageWhenNoPromptPointerSaysWhereThePromptIs() {
        assertThatThrownBy(() -> plan("      url-env: SMOKE_URL\n      body: {message: ping}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: `body` has no user message with text content whose prompt "
                        + "the second request can change; set `prompt-pointer` to where the prompt is in `body` (such as "
                        + "/message or /input)");
    }

    @Test
    void refusesAPromptPointerThatIsNotTextInTheBody() {
        assertThatThrownBy(() -> plan("      url-env: SMOKE_URL\n      body: {message: ping}\n      prompt-pointer: /input\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: `prompt-pointer` /input is not in `body`; point it at the "
                        + "prompt's text (such as /messages/0/content)");
    }

    @Test
    void refusesASecondPromptThatIsTheFirst() {
        assertThatThrownBy(() -> plan("      url-env: SMOKE_URL\n      second-prompt: ' Ping'\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: `second-prompt` must be a prompt other than the one in "
                        + "`body` (\"ping\"), so that an app answering both alike shows a canned answer");
    }

    @Test
    void refusesARejectPatternThatIsNoRegularExpressionAtItsValue() {
        assertThatThrownBy(() -> plan("      url-env: SMOKE_URL\n      reject: ['try again (later']\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageStartingWith("checklist.yaml:7:15: option `reject`: `reject` pattern `try again (later` is not a "
                        + "regular expression (Unclosed group); write the fallback's text, with \\ before any of");
    }

    @Test
    void refusesAnEmptyRejectPattern() {
        assertThatThrownBy(() -> plan("      url-env: SMOKE_URL\n      reject: ['']\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:15: option `reject`: `reject` has an empty pattern, which every answer would "
                        + "match; write the text of the app's fallback, such as \"temporarily unavailable\"");
    }
}
