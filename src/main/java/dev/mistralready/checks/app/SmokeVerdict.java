package dev.mistralready.checks.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mistralready.check.DurationText;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.http.Excerpt;
import dev.mistralready.http.HttpReply;
import dev.mistralready.http.Redaction;
import dev.mistralready.http.StatusText;
import java.util.List;

/** Turns the chat endpoint's answer into the gate's outcome: a 2xx with a non-empty text at {@code expect-pointer} passes. */
final class SmokeVerdict {

    /** How much of the model's answer a passing summary shows. */
    static final int SHOWN_ANSWER = 60;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpSmokeOptions options;
    private final Target target;
    private final ServiceUrl url;
    private final Redaction redaction;

    /** @param redaction the request's secrets, scrubbed out of the answer's text once it is decoded */
    SmokeVerdict(HttpSmokeOptions options, Target target, ServiceUrl url, Redaction redaction) {
        this.options = options;
        this.target = target;
        this.url = url;
        this.redaction = redaction;
    }

    Outcome of(HttpReply.Answered answer) {
        int code = answer.code();
        String at = code + " from " + url + " in " + DurationText.format(answer.latency());
        String posted = "POST " + url + " answered " + StatusText.of(code);
        if (!answer.successful()) {
            return errorStatus(answer, at, posted);
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
            return fail("not JSON (" + at + ")", SmokeRules.NOT_JSON, posted + ", but " + problem
                            + Excerpt.ofBody(answer.body()),
                    "Point " + target.urlSetting() + " at the app's chat endpoint, which answers JSON such as "
                            + "{\"choices\": [{\"message\": {\"content\": …}}]}.");
        }
        JsonNode found = options.expectPointer().in(root);
        String pointer = options.expectPointer().text();
        if (found.isMissingNode()) {
            return fail("no answer at " + pointer + " (" + at + ")", SmokeRules.NO_ANSWER, posted + ", but the JSON has "
                            + "nothing at " + pointer + Excerpt.ofBody(answer.body()),
                    "Check the endpoint's answer, or set `expect-pointer` to where it puts the model's text (a JSON "
                            + "pointer such as /choices/0/message/content or /reply).");
        }
        if (!found.isTextual()) {
            return fail("no text at " + pointer + " (" + at + ")", SmokeRules.EMPTY_ANSWER, posted + ", but " + pointer
                            + " is " + kind(found) + ", not text" + Excerpt.ofBody(answer.body()),
                    "Set `expect-pointer` to the text itself (for a list of content chunks, such as " + pointer
                            + "/0/text).");
        }
        if (found.asText().isBlank()) {
            return fail("empty answer (" + at + ")", SmokeRules.EMPTY_ANSWER, posted + ", but " + pointer + " is "
                            + (found.asText().isEmpty() ? "an empty string" : "only whitespace"),
                    "The model returned no text: check the app's logs for the finish reason (length, content filter) "
                            + "and its max_tokens.");
        }
        return Outcome.pass("answered (" + at + "): \"" + shown(redaction.scrub(found.asText())) + "\"");
    }

    private Outcome errorStatus(HttpReply.Answered answer, String at, String posted) {
        int code = answer.code();
        if (StatusText.isRedirect(code)) {
            String location = answer.header("Location").map(Excerpt::of).map(to -> " to " + to).orElse(" without a location");
            return fail("redirected (" + at + ")", SmokeRules.ERROR_STATUS, posted + " with a redirect" + location
                            + "; it was not followed",
                    "Set " + target.urlSetting() + " to the chat endpoint's own address.");
        }
        String fix = code >= 500
                ? "The app failed to answer: read its logs for the cause (a Mistral error, a timeout, a missing key), and "
                        + "see what its health endpoint says."
                : "Check the request against what the endpoint expects: " + target.urlSetting() + ", `body`, and "
                        + "`headers` (a 401 or 403 wants credentials).";
        return fail("failed (" + at + ")", SmokeRules.ERROR_STATUS, posted + Excerpt.ofBody(answer.body()), fix);
    }

    private static Outcome fail(String summary, String rule, String message, String fix) {
        return Outcome.fail(summary, List.of(Finding.of(rule, Severity.ERROR, message, fix)));
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

    private static String shown(String answer) {
        String line = Excerpt.of(answer);
        return line.codePointCount(0, line.length()) <= SHOWN_ANSWER ? line
                : line.substring(0, line.offsetByCodePoints(0, SHOWN_ANSWER)) + "…";
    }
}
