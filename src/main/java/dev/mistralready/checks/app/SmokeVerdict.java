package dev.mistralready.checks.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mistralready.http.Excerpt;
import dev.mistralready.http.HttpReply;
import dev.mistralready.http.Redaction;
import dev.mistralready.http.StatusText;

/**
 * Reads the model's text from one answer of the chat endpoint: a 2xx with a non-empty text at
 * {@code expect-pointer}, or, for a {@code text/event-stream} answer, the text its events carry
 * ({@link StreamVerdict}).
 */
final class SmokeVerdict {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpSmokeOptions options;
    private final SmokeRequest request;
    private final Redaction redaction;

    /** @param redaction the request's secrets, scrubbed out of the answer's text once it is decoded */
    SmokeVerdict(HttpSmokeOptions options, SmokeRequest request, Redaction redaction) {
        this.options = options;
        this.request = request;
        this.redaction = redaction;
    }

    SmokeAnswer read(HttpReply.Answered answer) {
        int code = answer.code();
        String at = request.at(code, answer.latency());
        String posted = request.posted(code);
        if (!answer.successful()) {
            return errorStatus(answer, at, posted);
        }
        if (EventStream.isEventStream(answer.header("Content-Type"))) {
            return new StreamVerdict(options, request, redaction).read(answer);
        }
        JsonNode root;
        try {
            root = answer.truncated() ? null : JSON.readTree(answer.body());
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || root.isMissingNode()) {
            String problem = answer.truncated() ? "the body is larger than " + HttpSmokeCheck.MAX_BODY_BYTES / 1024 + " KiB"
                    : answer.body().isBlank() ? "the body is empty" : "the body is not JSON";
            return failed("not JSON (" + at + ")", SmokeRules.NOT_JSON, posted + ", but " + problem
                            + BodyExcerpt.of(answer),
                    "Point " + request.target().urlSetting() + " at the app's chat endpoint, which answers JSON such as "
                            + "{\"choices\": [{\"message\": {\"content\": …}}]}, or a stream of server-sent events "
                            + "(Content-Type: text/event-stream).");
        }
        JsonNode found = options.expectPointer().in(root);
        String pointer = options.expectPointer().text();
        if (found.isMissingNode()) {
            return failed("no answer at " + pointer + " (" + at + ")", SmokeRules.NO_ANSWER, posted + ", but the JSON has "
                            + "nothing at " + pointer + Excerpt.ofBody(answer.body()),
                    "Check the endpoint's answer, or set `expect-pointer` to where it puts the model's text (a JSON "
                            + "pointer such as /choices/0/message/content or /reply).");
        }
        if (!found.isTextual()) {
            return failed("no text at " + pointer + " (" + at + ")", SmokeRules.EMPTY_ANSWER, posted + ", but " + pointer
                            + " is " + kind(found) + ", not text" + Excerpt.ofBody(answer.body()),
                    "Set `expect-pointer` to the text itself (for a list of content chunks, such as " + pointer
                            + "/0/text).");
        }
        if (found.asText().isBlank()) {
            return failed("empty answer (" + at + ")", SmokeRules.EMPTY_ANSWER, posted + ", but " + pointer + " is "
                            + (found.asText().isEmpty() ? "an empty string" : "only whitespace"), EMPTY_FIX);
        }
        return new SmokeAnswer.Text(redaction.scrub(found.asText()), code, answer.latency(), false);
    }

    static final String EMPTY_FIX = "The model returned no text: check the app's logs for the finish reason (length, "
            + "content filter) and its max_tokens.";

    private SmokeAnswer errorStatus(HttpReply.Answered answer, String at, String posted) {
        int code = answer.code();
        if (StatusText.isRedirect(code)) {
            String location = answer.header("Location").map(Excerpt::of).map(to -> " to " + to).orElse(" without a location");
            return failed("redirected (" + at + ")", SmokeRules.ERROR_STATUS, posted + " with a redirect" + location
                            + "; it was not followed",
                    "Set " + request.target().urlSetting() + " to the chat endpoint's own address.");
        }
        String fix = code >= 500
                ? "The app failed to answer: read its logs for the cause (a Mistral error, a timeout, a missing key), and "
                        + "see what its health endpoint says."
                : "Check the request against what the endpoint expects: " + request.target().urlSetting() + ", `body`, and "
                        + "`headers` (a 401 or 403 wants credentials).";
        return failed("failed (" + at + ")", SmokeRules.ERROR_STATUS, posted + BodyExcerpt.of(answer), fix);
    }

    private SmokeAnswer failed(String summary, String rule, String message, String fix) {
        return new SmokeAnswer.Failed(request.fail(summary, rule, message, fix));
    }

    private static String kind(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : "not text";
    }
}
