package dev.mistralready.checks.app;

import static dev.mistralready.check.Rule.error;
import static dev.mistralready.check.Rule.warning;

import dev.mistralready.check.Rule;
import java.util.List;

/** The rules the {@code http-health} and {@code http-smoke} gates can report, for the rule catalogue. */
final class AppRuleCatalogue {

    private static final String NO_ADDRESS = "Without the deployed app's address the gate cannot tell whether the"
            + " app answers; with required: true that is a failure, not a pass.";
    private static final String BAD_ADDRESS = "The value cannot be used as the app's address or a header, so nothing"
            + " is sent and the app stays unchecked.";
    private static final String IN_CLEAR = "Plain http to another machine would send the secret in the clear to"
            + " anyone on the path, so nothing is sent.";
    private static final String UNREACHABLE = "A timeout, refused connection, DNS or TLS failure means the deployed"
            + " app cannot be reached from where the gate runs, which usually means users cannot reach it either.";

    static final List<Rule> HEALTH = List.of(
            error(HealthRules.MISSING_VARIABLE, "The health URL's variable is not set", NO_ADDRESS,
                    "Set the variable url-env names (and any a header uses) in the environment the gate runs in."),
            error(HealthRules.UNUSABLE_VARIABLE, "The health URL's variable cannot be used", BAD_ADDRESS,
                    "Set it to an http(s):// URL, and a header's value to one line of visible ASCII."),
            error(HealthRules.UNREACHABLE, "The health endpoint cannot be reached", UNREACHABLE,
                    "Check the deployment and the network path to it, then run the gate again."),
            error(HealthRules.UNEXPECTED_STATUS, "The health endpoint answered an unexpected status",
                    "A redirect (never followed), 404 or 500 means the URL is not the health endpoint, or the app"
                            + " is failing before it gets there.",
                    "Point url-env at the health endpoint, or fix the app so it answers expect-status."),
            error(HealthRules.UNHEALTHY, "The app says it is unhealthy",
                    "A 503 or \"status\": \"unhealthy\" is the app's own word that it cannot serve; the body's"
                            + " error says what failed, often the call to Mistral.",
                    "Fix what the health body's error names, then run the gate again."),
            warning(HealthRules.DEGRADED, "The app says it is degraded",
                    "The app serves, but reports a problem (a fallback, a slow provider) that users will notice.",
                    "Fix what the health body's error names."),
            warning(HealthRules.SLOW, "The health endpoint answered slower than degraded-after",
                    "A slow health check often means a slow provider call behind it; users wait at least as long.",
                    "Find what makes the health check slow, or raise degraded-after if that latency is expected."),
            error(HealthRules.MALFORMED, "The health body is not the health JSON",
                    "Without a valid status and provider the answer does not say whether Mistral is reachable; a"
                            + " bare liveness answer proves only that the process runs.",
                    "Answer JSON with status (healthy, degraded or unhealthy) and provider: \"mistral\"."),
            error(HealthRules.OTHER_PROVIDER, "The health body names another provider",
                    "A provider other than mistral means the app is serving from a fallback, not from Mistral.",
                    "Fix the Mistral integration so the app serves from it again."),
            error(HealthRules.IN_CLEAR, "A secret would go over plain http", IN_CLEAR,
                    "Use an https:// URL, or a loopback address for a local app."));

    static final List<Rule> SMOKE = List.of(
            error(SmokeRules.MISSING_VARIABLE, "The smoke URL's variable is not set", NO_ADDRESS,
                    "Set the variable url-env names (and any a header uses) in the environment the gate runs in."),
            error(SmokeRules.UNUSABLE_VARIABLE, "The smoke URL's variable cannot be used", BAD_ADDRESS,
                    "Set it to an http(s):// URL, and a header's value to one line of visible ASCII."),
            error(SmokeRules.UNREACHABLE, "The chat endpoint cannot be reached", UNREACHABLE,
                    "Check the deployment and the network path to it, then run the gate again."),
            error(SmokeRules.ERROR_STATUS, "The chat endpoint answered an error status",
                    "A 4xx, 5xx or a redirect means a real user's chat request fails the same way; the body excerpt"
                            + " often names the Mistral error behind it.",
                    "Fix what the body excerpt names, often the app's key or model."),
            error(SmokeRules.NOT_JSON, "The chat answer is not JSON",
                    "A 2xx that is not JSON is usually an error page or a proxy answering in the app's place.",
                    "Make the endpoint answer JSON, or point url-env at the one that does."),
            error(SmokeRules.NO_ANSWER, "Nothing at expect-pointer",
                    "The answer has no text where the gate was told to find the model's reply.",
                    "Fix the app's answer, or set expect-pointer to where the reply is."),
            error(SmokeRules.EMPTY_ANSWER, "The answer has no text",
                    "An empty reply at expect-pointer is what users see when the model call failed quietly.",
                    "Find why the app answers without text, often a swallowed provider error."),
            error(SmokeRules.IN_CLEAR, "A secret would go over plain http", IN_CLEAR,
                    "Use an https:// URL, or a loopback address for a local app."),
            error(SmokeRules.CANNED, "Both prompts got the same answer",
                    "The same text to two different prompts is a canned fallback, not the model: the app hides a"
                            + " broken integration behind a fixed message.",
                    "Fix the Mistral integration so the fallback is not needed."),
            error(SmokeRules.REJECTED, "The answer matches a reject pattern",
                    "The reply contains text the checklist marks as a failure, such as an apology or error message.",
                    "Fix what makes the app answer that way, or narrow the reject pattern."),
            error(SmokeRules.INCOMPLETE_STREAM, "The stream did not end",
                    "A stream that breaks off or never ends leaves users with half an answer and a spinner.",
                    "Make the app end the stream, and check timeouts of the proxies in between."),
            error(SmokeRules.STREAM_ERROR, "The stream reported an error",
                    "An error event in the stream means the model call failed while users were reading the answer.",
                    "Fix the error the stream reports."));

    private AppRuleCatalogue() {
    }
}
