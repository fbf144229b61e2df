package dev.mistralready.checks.app;

import static dev.mistralready.check.Rule.error;
import static dev.mistralready.check.Rule.warning;

import dev.mistralready.check.Rule;
import java.util.List;

/**
 * The rules the {@code http-health} and {@code http-smoke} gates can report, for the rule catalogue. The
 * examples are the gates' own report lines, as a run against a stand-in for the app printed them (the
 * host put back to https://app.example.com, each gate at its line in the default checklist).
 */
final class AppRuleCatalogue {

    private static final String NO_ADDRESS = "Without the address, or a header's value, nothing is sent, so whether"
            + " the deployed app answers stays unknown; where the pipeline deploys (`required: true`) that is a"
            + " failure, not a pass.";
    private static final String BAD_ADDRESS = "The value cannot be used as the app's address or in a header, so"
            + " nothing is sent and the deployed app stays unchecked.";
    private static final String IN_CLEAR = "Plain http to another machine would show the secret to anyone on the"
            + " network path, so the gate sends nothing and the deployed app stays unchecked.";
    private static final String UNREACHABLE = "With no answer at all the app's state is unknown; if users reach the"
            + " app the way the gate does, they cannot reach it either.";
    private static final String FALLBACK_FIX = "Read the app's logs for the Mistral error behind the fallback (the"
            + " key, a rate limit, an outage) and fix it; the app's health endpoint often says which.";

    private static String missingVariable(String example) {
        return "The variable `url-env` names, or one a header reads (declared in `header-env`), is not set, is empty"
                + " or holds only whitespace, and `required` is `true` (the default); with `required: false` the gate"
                + " is skipped with the reason instead (`skipped: " + example + " is not set`).";
    }

    private static final String MISSING_FIX = "Set the variable where the checklist runs (the endpoint's address for"
            + " `url-env`, a CI secret for a header's), or set `required: false` to skip the gate where there is no"
            + " deployed app.";
    private static final String UNUSABLE_FINDS = "The value of the variable `url-env` names is not an `http://` or"
            + " `https://` URL with a host, or carries a user name or password; or a header's variable contains a"
            + " control character other than a tab, or a character outside printable ASCII. Nothing is sent.";
    private static final String UNUSABLE_FIX = "Set the URL's variable to the endpoint's full `https://` (or"
            + " `http://`) address without a user name or password (send credentials in `headers`), and a header's"
            + " variable to one line of printable ASCII.";
    private static final String IN_CLEAR_FINDS = "The address from `url-env` is plain `http://` to a host that is not"
            + " this machine (`127.0.0.0/8`, `::1`, `localhost`, judged as written, never by DNS), and the request"
            + " would carry a secret: a header with a variable, or the URL's query. Nothing is sent.";
    private static final String IN_CLEAR_FIX = "Set the variable to the endpoint's `https://` address (plain http is"
            + " only for loopback: 127.0.0.0/8, ::1, localhost).";

    private static String unreachableFinds(String endpoint, String timeout, String more) {
        return "No HTTP answer from " + endpoint + ": no answer within `request-timeout` (default `" + timeout + "`),"
                + " connection refused, DNS lookup failed, TLS handshake failed, or another connection failure" + more
                + ". The message names which, with the underlying error.";
    }

    private static final String UNREACHABLE_FIX = "Check that the app is deployed and running, the URL's host and"
            + " port, and the network path to it (proxy, firewall, DNS, the app's certificate), or raise"
            + " `request-timeout` if the app is only slow.";

    private static final String HEALTH_GATE = "FAIL   health         The app reports healthy (GET /health)";
    private static final String SMOKE_GATE = "FAIL   smoke          A chat request to the app is answered";

    static final List<Rule> HEALTH = List.of(
            error(HealthRules.MISSING_VARIABLE, "A variable the health check needs is not set", NO_ADDRESS,
                    MISSING_FIX)
                    .withFinds(missingVariable("MISTRAL_READY_HEALTH_URL"))
                    .withExample("""
                            ```text
                            %s          17ms
                                   error MR-HLT-001 checklist.yaml:42:5  MISTRAL_READY_HEALTH_URL is not set
                            ```""".formatted(HEALTH_GATE)),
            error(HealthRules.UNUSABLE_VARIABLE, "A variable the health check needs cannot be used", BAD_ADDRESS,
                    UNUSABLE_FIX)
                    .withFinds(UNUSABLE_FINDS)
                    .withExample("""
                            ```text
                            %s           9ms
                                   MISTRAL_READY_HEALTH_URL cannot be used
                                   error MR-HLT-002 checklist.yaml:42:5  MISTRAL_READY_HEALTH_URL is not an http:// or https:// URL; expected an address such as https://app.example.com/health
                            ```""".formatted(HEALTH_GATE)),
            error(HealthRules.UNREACHABLE, "The health endpoint cannot be reached", UNREACHABLE, UNREACHABLE_FIX)
                    .withFinds(unreachableFinds("the health endpoint", "10s", ""))
                    .withExample("""
                            ```text
                            %s          1.0s
                                   unreachable: connection refused (https://app.example.com/health)
                                   error MR-HLT-003 checklist.yaml:42:5  https://app.example.com/health is unreachable: connection refused (ConnectException: Failed to connect to app.example.com/203.0.113.7:443)
                            ```""".formatted(HEALTH_GATE)),
            error(HealthRules.UNEXPECTED_STATUS, "The health endpoint answered an unexpected status",
                    "A redirect, a 404 or a 500 means the URL is not the health endpoint, or the app fails before"
                            + " its health check runs; either way the app's health is unknown.",
                    "Point the URL at the health endpoint's own address (host and path), read the app's logs for a"
                            + " 5xx, or set `expect-status` if the endpoint answers a healthy check with another code.")
                    .withFinds("The endpoint answered a status other than `expect-status` (default 200) and other"
                            + " than 503: a redirect (never followed; the message names its `Location`), 404, 500 …,"
                            + " with a short excerpt of the body.")
                    .withExample("""
                            ```text
                            %s          1.4s
                                   unexpected answer (404 from https://app.example.com/health in 9ms)
                                   error MR-HLT-004 checklist.yaml:42:5  https://app.example.com/health answered 404 Not Found, expected 200 OK; body: {"detail": "Not Found"}
                            ```""".formatted(HEALTH_GATE)),
            error(HealthRules.UNHEALTHY, "The app reports that it is unhealthy",
                    "A 503 or an unhealthy status is the app's own word that it cannot serve; the error it gives"
                            + " often names the failed call to Mistral.",
                    "Fix what the health body's error names, checking the app's Mistral key (the credential-probe"
                            + " gate), its way to the API and https://status.mistral.ai.")
                    .withFinds("The endpoint answered 503 (unless `expect-status` is 503), whatever its body; or"
                            + " `expect-status` with health JSON whose `status` is `unhealthy`, `down`, `fail`,"
                            + " `error` or `out_of_service` (in any case). The message quotes the body's `error` (or"
                            + " Spring's `details.error`), or for a 503 without one an excerpt of the body.")
                    .withExample("""
                            ```text
                            %s         536ms
                                   unhealthy (503 from https://app.example.com/health in 54ms)
                                   error MR-HLT-005 checklist.yaml:42:5  https://app.example.com/health answered 503 Service Unavailable: "Mistral API error: 401 Unauthorized"
                            ```""".formatted(HEALTH_GATE)),
            warning(HealthRules.DEGRADED, "The app reports that it is degraded",
                    "The app serves, but says that something is wrong (a slow provider, a fallback, a rate limit)"
                            + " which users may notice.",
                    "Read the error the health body gives, and check the API's latency and rate limits (the"
                            + " credential-probe gate shows both).")
                    .withFinds("The endpoint answered `expect-status` with health JSON whose `status` is `degraded`"
                            + " or `warn` (in any case). The message quotes the body's `error`, or says that none was"
                            + " given.")
                    .withExample("""
                            ```text
                            WARN   health         The app reports healthy (GET /health)          686ms
                                   degraded (200 from https://app.example.com/health in 10ms); the app reports latencyMs 2400
                                   warning MR-HLT-006 checklist.yaml:42:5  https://app.example.com/health reports status "degraded": "Mistral latency 2.4s"
                            ```"""),
            warning(HealthRules.SLOW, "The health endpoint answered slower than degraded-after",
                    "A slow health check usually means a slow call to Mistral behind it, and users' requests that"
                            + " make that call wait at least as long.",
                    "Find what makes the app slow (its load, its way to Mistral), or raise `degraded-after` if this"
                            + " latency is normal where the checklist runs.")
                    .withFinds("The endpoint answered `expect-status` with health JSON, but later than"
                            + " `degraded-after` (default `5s`), measured from the request's last byte to the"
                            + " answer's last byte.")
                    .withExample("""
                            ```text
                            WARN   health         The app reports healthy (GET /health)           6.3s
                                   healthy, slow (200 from https://app.example.com/health in 6.2s); the app reports latencyMs 6100
                                   warning MR-HLT-007 checklist.yaml:42:5  https://app.example.com/health took 6.2s to answer, more than `degraded-after` (5.0s)
                            ```"""),
            error(HealthRules.MALFORMED, "The health body is not the health JSON",
                    "Without a valid status and provider the answer does not say whether the app can reach Mistral;"
                            + " a bare liveness answer such as `{\"status\": \"ok\"}` proves only that the process"
                            + " runs.",
                    "Make the endpoint answer the production checklist's health JSON (a `status` and `\"provider\":"
                            + " \"mistral\"`), point the URL at one that does, or set `pointer` to where the body keeps"
                            + " Mistral's health (such as `/components/mistral`).")
                    .withFinds("The endpoint answered `expect-status`, but the body is not the health JSON: it is"
                            + " empty, not JSON, not an object or larger than 64 KiB; it has no `status`, or one that"
                            + " is no known word; it has no `provider` (needed unless the place judged has a name"
                            + " containing `mistral`, such as `/services/mistral`) or one that is not text; or it has"
                            + " nothing at `pointer`. The message says what was expected.")
                    .withExample("""
                            ```text
                            %s          1.5s
                                   not the health JSON (200 from https://app.example.com/health in 8ms)
                                   error MR-HLT-008 checklist.yaml:42:5  https://app.example.com/health answered 200 OK, but the JSON has no `provider`; expected {"status": "healthy"|"degraded"|"unhealthy", "provider": "mistral", "latencyMs": …}; body: {"status": "ok"}
                            ```""".formatted(HEALTH_GATE)),
            error(HealthRules.OTHER_PROVIDER, "The health body names another provider",
                    "A provider other than Mistral usually means the app has fallen back to another one: it"
                            + " serves, but not through the Mistral integration this checklist is about.",
                    "Check the app's provider configuration and why it fell back, or point the URL at the health"
                            + " endpoint of the Mistral integration.")
                    .withFinds("The health JSON's `provider` is not `mistral` (compared without case), such as"
                            + " `\"openai\"`: the app reports that it serves through another provider.")
                    .withExample("""
                            ```text
                            %s          1.6s
                                   healthy, provider openai (200 from https://app.example.com/health in 47ms)
                                   error MR-HLT-009 checklist.yaml:42:5  https://app.example.com/health reports provider "openai", not "mistral"
                            ```""".formatted(HEALTH_GATE)),
            error(HealthRules.IN_CLEAR, "A secret would go over plain http", IN_CLEAR, IN_CLEAR_FIX)
                    .withFinds(IN_CLEAR_FINDS)
                    .withExample("""
                            ```text
                            %s          96ms
                                   refused: plain http to app.example.com would carry a secret in clear
                                   error MR-HLT-010 checklist.yaml:42:5  MISTRAL_READY_HEALTH_URL is plain http:// to app.example.com, which is not this machine, so header `Authorization` (with ${HEALTH_TOKEN}) would travel in clear; nothing was sent
                            ```""".formatted(HEALTH_GATE)));

    static final List<Rule> SMOKE = List.of(
            error(SmokeRules.MISSING_VARIABLE, "A variable the smoke test needs is not set", NO_ADDRESS, MISSING_FIX)
                    .withFinds(missingVariable("MISTRAL_READY_SMOKE_URL"))
                    .withExample("""
                            ```text
                            %s          45ms
                                   error MR-SMK-001 checklist.yaml:58:5  SMOKE_TOKEN is not set (header `Authorization` uses it)
                            ```""".formatted(SMOKE_GATE)),
            error(SmokeRules.UNUSABLE_VARIABLE, "A variable the smoke test needs cannot be used", BAD_ADDRESS,
                    UNUSABLE_FIX)
                    .withFinds(UNUSABLE_FINDS)
                    .withExample("""
                            ```text
                            %s          18ms
                                   MISTRAL_READY_SMOKE_URL cannot be used
                                   error MR-SMK-002 checklist.yaml:58:5  MISTRAL_READY_SMOKE_URL carries a user name or password, which reports would show; send credentials in `headers` instead, e.g. Authorization: "Basic ${APP_CREDENTIALS}"
                            ```""".formatted(SMOKE_GATE)),
            error(SmokeRules.UNREACHABLE, "The chat endpoint cannot be reached", UNREACHABLE, UNREACHABLE_FIX)
                    .withFinds(unreachableFinds("the chat endpoint, to the first request or the second", "30s",
                            "; or an answer that is not a stream broke off before its end"))
                    .withExample("""
                            ```text
                            %s          1.0s
                                   unreachable: connection refused (https://app.example.com/api/chat)
                                   error MR-SMK-003 checklist.yaml:58:5  https://app.example.com/api/chat is unreachable: connection refused (ConnectException: Failed to connect to app.example.com/203.0.113.7:443)
                            ```""".formatted(SMOKE_GATE)),
            error(SmokeRules.ERROR_STATUS, "The chat endpoint answered an error status",
                    "A real user's chat request fails the same way; the body excerpt often names the Mistral error"
                            + " behind it.",
                    "For a 5xx read the app's logs for the cause (a Mistral error, a timeout, a missing key); for a"
                            + " 4xx check the URL, `body` and `headers` (a 401 or 403 wants credentials); for a"
                            + " redirect set the URL to the chat endpoint's own address.")
                    .withFinds("The endpoint answered a status outside 2xx: a 4xx, a 5xx, or a redirect (never"
                            + " followed; the message names its `Location`), with a short excerpt of the body.")
                    .withExample("""
                            ```text
                            %s          1.2s
                                   failed (502 from https://app.example.com/api/chat in 1.1s)
                                   error MR-SMK-004 checklist.yaml:58:5  POST https://app.example.com/api/chat answered 502 Bad Gateway; body: {"error": "Mistral API error: 401 Unauthorized"}
                            ```""".formatted(SMOKE_GATE)),
            error(SmokeRules.NOT_JSON, "The chat answer is not JSON",
                    "A 2xx that is not JSON is usually an error page, a login page or a proxy answering in the"
                            + " app's place; the app's own clients, which expect JSON, fail on it.",
                    "Point the URL at the app's chat endpoint, which answers JSON (such as `{\"choices\":"
                            + " [{\"message\": {\"content\": …}}]}`) or a stream of server-sent events"
                            + " (`Content-Type: text/event-stream`).")
                    .withFinds("The endpoint answered a 2xx that is not a `text/event-stream`, with a body that is"
                            + " empty, is not JSON or is larger than 1 MiB; the message shows an excerpt.")
                    .withExample("""
                            ```text
                            %s         728ms
                                   not JSON (200 from https://app.example.com/api/chat in 8ms)
                                   error MR-SMK-005 checklist.yaml:58:5  POST https://app.example.com/api/chat answered 200 OK, but the body is not JSON; body: <html><body>Bad Gateway</body></html>
                            ```""".formatted(SMOKE_GATE)),
            error(SmokeRules.NO_ANSWER, "Nothing at expect-pointer",
                    "The gate cannot find the model's reply in the answer: either the answer lacks it, or"
                            + " `expect-pointer` looks in the wrong place.",
                    "Check the endpoint's answer, or set `expect-pointer` to where it puts the model's text (a JSON"
                            + " pointer such as `/reply`, or `/delta/text` in each event of a stream).")
                    .withFinds("A JSON answer has nothing at `expect-pointer` (default `/choices/0/message/content`),"
                            + " or none of a stream's data events has text at it (nor, with the default, anywhere"
                            + " else a chat stream keeps it).")
                    .withExample("""
                            ```yaml
                            # the app answers {"reply": "Pong!"}: nothing at /choices/0/message/content
                              - id: smoke
                                type: http-smoke
                                with:
                                  url-env: MISTRAL_READY_SMOKE_URL
                                  expect-pointer: /reply          # fixed: where the app puts the text
                            ```"""),
            error(SmokeRules.EMPTY_ANSWER, "The answer at expect-pointer is empty or not text",
                    "An empty reply is what users see when the model call failed quietly or stopped early (at"
                            + " `max_tokens`, at a content filter); a value that is not text, such as a list of"
                            + " content chunks, usually means `expect-pointer` stops short of the text.",
                    "For an empty text check the app's logs for the finish reason (length, content filter) and its"
                            + " `max_tokens`; for a value that is not text set `expect-pointer` to the text itself"
                            + " (such as `/choices/0/message/content/0/text`).")
                    .withFinds("At `expect-pointer` the answer has an empty string or only whitespace, or a value"
                            + " that is not text (`null`, a number, a list of content chunks …); or a stream carries"
                            + " no data at all, or text that is only whitespace.")
                    .withExample("""
                            ```text
                            %s          1.2s
                                   empty answer (200 from https://app.example.com/api/chat in 31ms)
                                   error MR-SMK-007 checklist.yaml:58:5  POST https://app.example.com/api/chat answered 200 OK, but /choices/0/message/content is an empty string
                            ```""".formatted(SMOKE_GATE)),
            error(SmokeRules.IN_CLEAR, "A secret would go over plain http", IN_CLEAR, IN_CLEAR_FIX)
                    .withFinds(IN_CLEAR_FINDS)
                    .withExample("""
                            ```text
                            %s          77ms
                                   refused: plain http to app.example.com would carry a secret in clear
                                   error MR-SMK-008 checklist.yaml:58:5  MISTRAL_READY_SMOKE_URL is plain http:// to app.example.com, which is not this machine, so its query would travel in clear; nothing was sent
                            ```""".formatted(SMOKE_GATE)),
            error(SmokeRules.CANNED, "Both prompts got the same answer",
                    "The same text to two different prompts is almost certainly a canned fallback, not the model:"
                            + " the app hides a broken integration behind a fixed message, which a one-request smoke"
                            + " test would pass.",
                    FALLBACK_FIX)
                    .withFinds("Two different prompts, the one in `body` and then `second-prompt` (default `What is"
                            + " 2 + 3?`), got the same text, ignoring case and spacing. The second request is sent"
                            + " only when the first answer passed.")
                    .withExample("""
                            ```text
                            %s          1.2s
                                   the same answer to two prompts (200 from https://app.example.com/api/chat in 6ms)
                                   error MR-SMK-009 checklist.yaml:58:5  POST https://app.example.com/api/chat answered two different prompts ("ping" and "What is 2 + 3?") with the same text, a canned fallback rather than the model: "Sorry, the assistant is temporarily unavailable."
                            ```""".formatted(SMOKE_GATE)),
            error(SmokeRules.REJECTED, "The answer matches a reject pattern",
                    "The checklist marks this text as the app's fallback, such as an apology or an error message:"
                            + " the app answered, but not with the model.",
                    "Read the app's logs for the Mistral error behind the fallback (the key, a rate limit, an outage)"
                            + " and fix it, or narrow the `reject` pattern if it also matches real answers.")
                    .withFinds("The first or the second answer matches a `reject` pattern (a regular expression,"
                            + " found anywhere in the text, without case), such as `temporarily unavailable`; the"
                            + " message names the pattern and quotes the answer.")
                    .withExample("""
                            ```text
                            %s         795ms
                                   fallback answer (200 from https://app.example.com/api/chat in 27ms)
                                   error MR-SMK-010 checklist.yaml:58:5  POST https://app.example.com/api/chat answered 200 OK, but the answer matches `reject` pattern `temporarily unavailable`: "Sorry, the assistant is temporarily unavailable."
                            ```""".formatted(SMOKE_GATE)),
            error(SmokeRules.INCOMPLETE_STREAM, "The stream did not end",
                    "A stream that breaks off or never ends leaves users with half an answer and a spinner.",
                    "Make the app end its stream (Mistral's ends with `data: [DONE]`) and close it, check the"
                            + " timeouts of the proxies in between, or raise `request-timeout` if the model is only"
                            + " slow.")
                    .withFinds("A `text/event-stream` answer did not reach its end (`data: [DONE]`, an `end` or"
                            + " `done` event, or the connection closing) within `request-timeout` (default `30s`),"
                            + " broke off, or had not ended after 1 MiB; the message quotes the text so far.")
                    .withExample("""
                            ```text
                            %s         30.2s
                                   stream incomplete (200 from https://app.example.com/api/chat in 30.0s)
                                   error MR-SMK-011 checklist.yaml:58:5  POST https://app.example.com/api/chat answered 200 OK as a stream, but the stream did not end within `request-timeout` (30.0s); the text so far: "Pon"
                            ```""".formatted(SMOKE_GATE)),
            error(SmokeRules.STREAM_ERROR, "The stream reported an error",
                    "The app started answering, then the call behind it failed: users get part of an answer, or"
                            + " none, and an error.",
                    "Read the app's logs for the Mistral error behind the stream's error (a timeout, a rate limit,"
                            + " the key) and fix it.")
                    .withFinds("A `text/event-stream` answer has an `error` event, or data that is a JSON object"
                            + " with an `error`, before its end; the message quotes the error and the text so far.")
                    .withExample("""
                            ```text
                            %s         707ms
                                   stream error (200 from https://app.example.com/api/chat in 9ms)
                                   error MR-SMK-012 checklist.yaml:58:5  POST https://app.example.com/api/chat answered 200 OK as a stream, but the stream reported an error: "Mistral API error: 429 rate limited"; the text so far: "Pon"
                            ```""".formatted(SMOKE_GATE)));

    private AppRuleCatalogue() {
    }
}
