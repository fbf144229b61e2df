package dev.mistralready.checks.credentials;

import static dev.mistralready.check.Rule.error;
import static dev.mistralready.check.Rule.warning;

import dev.mistralready.check.Rule;
import java.util.List;

/** The rules the {@code credential-probe} gate can report, for the rule catalogue. */
final class ProbeRuleCatalogue {

    private static final String UNUSABLE = "Every request the app makes with this key would fail the same way, so"
            + " the integration is down from the first call after the deploy.";

    static final List<Rule> RULES = List.of(
            error(ProbeRules.MISSING_KEY, "The API key's variable is not set",
                    "Without the key every call to Mistral fails with 401; a deploy whose environment lacks it is"
                            + " broken before it serves a request.",
                    "Set the variable in the environment the gate runs in, from the secret store production uses."),
            error(ProbeRules.UNAUTHORIZED, "The API rejected the key (401)",
                    "The key is wrong, revoked, expired or from another workspace. " + UNUSABLE,
                    "Create a new key in the Mistral console and store it where production reads it."),
            error(ProbeRules.FORBIDDEN, "The key is not allowed (403)",
                    "The key is known but its workspace permissions or tier do not allow the call. " + UNUSABLE,
                    "Check the workspace's permissions and tier in the Mistral console."),
            error(ProbeRules.PAYMENT_REQUIRED, "The workspace needs billing (402)",
                    "Without a payment method the API refuses requests. " + UNUSABLE,
                    "Add a payment method to the workspace in the Mistral console."),
            warning(ProbeRules.RATE_LIMITED, "The key is rate limited (429)",
                    "A rate or monthly spending limit is reached already at the probe; under production load most"
                            + " requests would be refused.",
                    "Raise the workspace's limits, or wait for the time Retry-After names and probe again."),
            error(ProbeRules.SERVER_ERROR, "The Mistral API is failing (5xx)",
                    "The API answered with a server error, so requests would fail now whatever the key.",
                    "Check status.mistral.ai and run the gate again once the API recovers."),
            error(ProbeRules.UNREACHABLE, "The Mistral API cannot be reached",
                    "A timeout, refused connection, DNS or TLS failure means the machine running the gate cannot talk"
                            + " to Mistral; if production shares its network, neither can the app.",
                    "Fix the network path to the API (proxy, firewall, DNS, CA certificates) and probe again."),
            error(ProbeRules.MALFORMED, "The model list is not a model list",
                    "A 2xx whose body is not JSON with a data list is not the Mistral API: something in between,"
                            + " such as a proxy or captive portal, answered instead.",
                    "Point the probe at the real API, or fix what answers in its place."),
            error(ProbeRules.UNEXPECTED_STATUS, "The API answered an unexpected status",
                    "A redirect (never followed, so the key is not sent on), 404 or 400 means the probe's URL is not"
                            + " the model list the app relies on.",
                    "Check the probe's URL and the network path to the API."),
            error(ProbeRules.MISSING_MODEL, "A required model is not visible to the key",
                    "The app names a model the key's workspace cannot use, so every request for it fails.",
                    "Give the key's workspace access to the model, or use one its model list has."),
            warning(ProbeRules.SLOW, "The API answered slower than degraded-after",
                    "A slow model list hints at a slow path to the API; chat requests on it will be slower still.",
                    "Check the network path to the API, or raise degraded-after if the latency is expected."),
            error(ProbeRules.UNSENDABLE_KEY, "The key cannot be sent in a header",
                    "A key with a line break or a non-ASCII character is usually a copy-and-paste accident; no HTTP"
                            + " client can send it, so every request fails.",
                    "Store the key again without the stray characters."));

    private ProbeRuleCatalogue() {
    }
}
