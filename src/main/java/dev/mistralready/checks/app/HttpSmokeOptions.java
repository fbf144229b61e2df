package dev.mistralready.checks.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.http.HeaderEnvironment;
import dev.mistralready.http.HeaderTemplates;
import dev.mistralready.http.ServiceUrl;
import dev.mistralready.http.Target;
import java.time.Duration;
import java.util.Optional;

/** The {@code with:} block of an {@code http-smoke} gate. */
public record HttpSmokeOptions(
        @OptionDoc(value = "the chat endpoint's address, http:// or https:// (or use `url-env`)", type = "URL")
        @JsonProperty("url")
        Optional<ServiceUrl> url,

        @OptionDoc("the environment variable that holds the address, such as MISTRAL_READY_SMOKE_URL (instead of `url`)")
        @JsonProperty("url-env")
        Optional<String> urlEnv,

        @OptionDoc(value = "the JSON to POST (default {\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]})",
                type = "mapping or JSON text")
        @JsonProperty("body")
        String body,

        @OptionDoc(value = "headers to send; ${NAME} in a value is replaced by the environment variable NAME, "
                + "which `header-env` must declare; values are never shown", type = "mapping")
        @JsonProperty("headers")
        HeaderTemplates headers,

        @OptionDoc(value = "the environment variables `headers` may use, such as [SMOKE_TOKEN]; never MISTRAL_API_KEY "
                + "or a CI platform's token (GITHUB_TOKEN, AWS_*, CI_JOB_TOKEN, ...); with them, the address must be "
                + "https:// unless it is loopback", type = "list")
        @JsonProperty("header-env")
        HeaderEnvironment headerEnv,

        @OptionDoc(value = "where the model's text is in the answer (default /choices/0/message/content)",
                type = "JSON pointer")
        @JsonProperty("expect-pointer")
        AnswerPointer expectPointer,

        @OptionDoc("whether a variable that is not set fails the gate (default true); false skips it with the reason")
        @JsonProperty("required")
        boolean required,

        @OptionDoc("no answer within this time fails as unreachable, and a stream not ended by then as incomplete "
                + "(default 30s, for each of the two requests)")
        @JsonProperty("request-timeout")
        Duration requestTimeout,

        @OptionDoc("the prompt of the second request, which must be answered otherwise than the first: the same text "
                + "to both is a canned fallback (default \"What is 2 + 3?\")")
        @JsonProperty("second-prompt")
        String secondPrompt,

        @OptionDoc(value = "where the prompt is in `body`, replaced by `second-prompt` for the second request "
                + "(default the content of the last user message in /messages)", type = "JSON pointer")
        @JsonProperty("prompt-pointer")
        Optional<String> promptPointer,

        @OptionDoc(value = "regular expressions (matched without case) that mark an answer as a fallback, such as "
                + "[\"temporarily unavailable\", \"try again later\"]; an answer that matches fails", type = "list")
        @JsonProperty("reject")
        RejectPatterns reject,

        @OptionDoc(value = "smoke-test over time instead of once: {for: 10m, every: 1m, max-failures: 0}; "
                + "fails at the first failed sample past max-failures, passes after the last", type = "mapping")
        @JsonProperty("watch")
        Optional<Watch> watch) {

    static final String EXAMPLE_URL = "https://app.example.com/api/chat";
    public static final String DEFAULT_URL_ENV = "MISTRAL_READY_SMOKE_URL";
    public static final String DEFAULT_BODY = "{\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}";
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public HttpSmokeOptions {
        Target checked = Target.of(url.orElse(null), urlEnv.orElse(null), headers, headerEnv, EXAMPLE_URL,
                DEFAULT_URL_ENV);
        url = checked.url();
        urlEnv = checked.urlEnv();
        headers = checked.headers();
        headerEnv = checked.headerEnv();
        body = body == null ? DEFAULT_BODY : json(body);
        expectPointer = expectPointer == null ? AnswerPointer.CHAT_COMPLETION : expectPointer;
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : Durations.positive(requestTimeout);
        secondPrompt = secondPrompt == null ? SecondRequest.DEFAULT_PROMPT : secondPrompt;
        promptPointer = promptPointer == null ? Optional.empty() : promptPointer;
        reject = reject == null ? RejectPatterns.NONE : reject;
        watch = watch == null ? Optional.empty() : watch;
        SecondRequest.derive(body, promptPointer, secondPrompt);
    }

    /** {@code body} as YAML gives it: a mapping (or list) is sent as JSON, text must be JSON already. */
    @JsonCreator
    static HttpSmokeOptions bind(@JsonProperty("url") ServiceUrl url,
                                 @JsonProperty("url-env") String urlEnv,
                                 @JsonProperty("body") JsonNode body,
                                 @JsonProperty("headers") HeaderTemplates headers,
                                 @JsonProperty("header-env") HeaderEnvironment headerEnv,
                                 @JsonProperty("expect-pointer") AnswerPointer expectPointer,
                                 @JsonProperty("required") Boolean required,
                                 @JsonProperty("request-timeout") Duration requestTimeout,
                                 @JsonProperty("second-prompt") String secondPrompt,
                                 @JsonProperty("prompt-pointer") String promptPointer,
                                 @JsonProperty("reject") RejectPatterns reject,
                                 @JsonProperty("watch") Watch watch) {
        String text = body == null || body.isNull() ? null : body.isTextual() ? body.asText() : body.toString();
        return new HttpSmokeOptions(Optional.ofNullable(url), Optional.ofNullable(urlEnv), text, headers, headerEnv,
                expectPointer, required == null || required, requestTimeout, secondPrompt,
                Optional.ofNullable(promptPointer), reject, Optional.ofNullable(watch));
    }

    /** Every option at its default, posting to {@code url}. */
    public static HttpSmokeOptions of(ServiceUrl url) {
        return bind(url, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Every option at its default, posting to the URL in {@code variable}. */
    public static HttpSmokeOptions fromEnvironment(String variable) {
        return bind(null, variable, null, null, null, null, null, null, null, null, null, null);
    }

    Target target() {
        return new Target(url, urlEnv, headers, headerEnv);
    }

    /** The second request: {@code body} with its prompt replaced by {@code second-prompt}. */
    SecondRequest secondRequest() {
        return SecondRequest.derive(body, promptPointer, secondPrompt);
    }

    public HttpSmokeOptions withBody(String json) {
        return new HttpSmokeOptions(url, urlEnv, json, headers, headerEnv, expectPointer, required, requestTimeout,
                secondPrompt, promptPointer, reject, watch);
    }

    public HttpSmokeOptions withHeaders(HeaderTemplates sent) {
        return withHeaders(sent, headerEnv);
    }

    /** The headers and the variables they may use, at once: each alone may not fit the other. */
    public HttpSmokeOptions withHeaders(HeaderTemplates sent, HeaderEnvironment declared) {
        return new HttpSmokeOptions(url, urlEnv, body, sent, declared, expectPointer, required, requestTimeout,
                secondPrompt, promptPointer, reject, watch);
    }

    public HttpSmokeOptions withExpectPointer(AnswerPointer pointer) {
        return new HttpSmokeOptions(url, urlEnv, body, headers, headerEnv, pointer, required, requestTimeout,
                secondPrompt, promptPointer, reject, watch);
    }

    public HttpSmokeOptions withRequired(boolean isRequired) {
        return new HttpSmokeOptions(url, urlEnv, body, headers, headerEnv, expectPointer, isRequired, requestTimeout,
                secondPrompt, promptPointer, reject, watch);
    }

    public HttpSmokeOptions withRequestTimeout(Duration timeout) {
        return new HttpSmokeOptions(url, urlEnv, body, headers, headerEnv, expectPointer, required, timeout,
                secondPrompt, promptPointer, reject, watch);
    }

    /** The body with the second prompt and where it goes, at once: each alone may not fit the other. */
    public HttpSmokeOptions withBody(String json, String prompt, Optional<String> at) {
        return new HttpSmokeOptions(url, urlEnv, json, headers, headerEnv, expectPointer, required, requestTimeout, prompt,
                at, reject, watch);
    }

    public HttpSmokeOptions withReject(RejectPatterns patterns) {
        return new HttpSmokeOptions(url, urlEnv, body, headers, headerEnv, expectPointer, required, requestTimeout,
                secondPrompt, promptPointer, patterns, watch);
    }

    public HttpSmokeOptions withWatch(Watch over) {
        return new HttpSmokeOptions(url, urlEnv, body, headers, headerEnv, expectPointer, required, requestTimeout,
                secondPrompt, promptPointer, reject, Optional.of(over));
    }

    /** The body as compact JSON; text that is not JSON is refused. */
    private static String json(String text) {
        try {
            JsonNode parsed = JSON.readTree(text);
            if (parsed == null || parsed.isMissingNode()) {
                throw new IllegalArgumentException("`body` is empty; write the request as a mapping, or as JSON text");
            }
            return parsed.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("`body` is not JSON (" + e.getOriginalMessage() + "); write the request "
                    + "as a mapping, or as JSON text");
        }
    }
}
