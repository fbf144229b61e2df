package dev.mistralready.checks.credentials;

import static dev.mistralready.check.Rule.error;
import static dev.mistralready.check.Rule.warning;

import dev.mistralready.check.Rule;
import java.util.List;

/**
 * The rules the {@code credential-probe} gate can report, for the rule catalogue. The examples are the
 * gate's own report lines, as a run against a stand-in for the API printed them (the host put back to
 * https://api.mistral.ai, the gate at its line in the default checklist).
 */
final class ProbeRuleCatalogue {

    private static final String UNUSABLE = " If production uses this key, every request the app makes to Mistral fails"
            + " the same way, from the first call after the deploy.";
    private static final String GATE = "FAIL   credentials    Mistral API key is live (GET /v1/models)";

    static final List<Rule> RULES = List.of(
            error(ProbeRules.MISSING_KEY, "The API key's variable is not set",
                    "Without a key the probe cannot tell whether production's key works, so the question stays open;"
                            + " if the environment the app is deployed with lacks it too, every call the app makes to"
                            + " Mistral fails with 401.",
                    "Provide the production key in the variable `key-env` names (default `MISTRAL_API_KEY`) where the"
                            + " checklist runs, such as from a CI secret, or set `required: false` to skip the probe"
                            + " where no key is expected.")
                    .withFinds("The variable `key-env` names (default `MISTRAL_API_KEY`) is not set, is empty or holds"
                            + " only whitespace, and `required` is `true` (the default); with `required: false` the"
                            + " gate is skipped with the reason instead (`skipped: MISTRAL_API_KEY is not set`).")
                    .withExample("""
                            ```text
                            %s         3ms
                                   error MR-KEY-001 checklist.yaml:24:5  MISTRAL_API_KEY is not set
                            ```""".formatted(GATE)),
            error(ProbeRules.UNAUTHORIZED, "The API rejected the key (401)",
                    "The API does not accept the key: it is wrong, revoked, expired or from another workspace."
                            + UNUSABLE,
                    "Create a key in the production workspace of the Mistral console and store it in the variable"
                            + " `key-env` names (default `MISTRAL_API_KEY`) and wherever production reads it.")
                    .withFinds("`GET /v1/models` with the key answered 401 Unauthorized: the key is wrong, revoked,"
                            + " expired or from another workspace. The message shows the key redacted"
                            + " (`AbC1…(32 chars)`) and the API's own error message when the body has one.")
                    .withExample("""
                            ```text
                            %s       301ms
                                   authentication failed (401 from https://api.mistral.ai in 95ms)
                                   error MR-KEY-002 checklist.yaml:24:5  the API rejected the key in MISTRAL_API_KEY (AbC1…(32 chars)) with 401 Unauthorized: "Unauthorized"
                            ```""".formatted(GATE)),
            error(ProbeRules.FORBIDDEN, "The API refused the key (403)",
                    "The key is valid, but its workspace's permissions or tier do not allow the request." + UNUSABLE,
                    "Check the key's workspace permissions and tier in the Mistral console, or use a key of the"
                            + " production workspace.")
                    .withFinds("`GET /v1/models` answered 403 Forbidden: the API knows the key but does not allow"
                            + " the request, because of its workspace's permissions or tier. The message quotes the"
                            + " API's own error message when the body has one.")
                    .withExample("""
                            ```text
                            %s       456ms
                                   authentication failed (403 from https://api.mistral.ai in 4ms)
                                   error MR-KEY-003 checklist.yaml:24:5  the API refused the key in MISTRAL_API_KEY (AbC1…(32 chars)) with 403 Forbidden: "Forbidden for this workspace"
                            ```""".formatted(GATE)),
            error(ProbeRules.PAYMENT_REQUIRED, "The API asks for payment (402)",
                    "The API refuses the key's requests until its organization's billing is in order."
                            + UNUSABLE,
                    "Add a payment method to the key's organization in the Mistral console, or settle its bill.")
                    .withFinds("`GET /v1/models` answered 402 Payment Required: the key's organization has a billing"
                            + " problem, such as no payment method or an unpaid bill.")
                    .withExample("""
                            ```text
                            %s       495ms
                                   billing (402 from https://api.mistral.ai in 6ms)
                                   error MR-KEY-004 checklist.yaml:24:5  the API refused the key in MISTRAL_API_KEY (AbC1…(32 chars)) with 402 Payment Required: "No payment method"
                            ```""".formatted(GATE)),
            warning(ProbeRules.RATE_LIMITED, "The key is rate limited (429)",
                    "The probe's one small request already meets a rate or monthly spending limit. The limits are"
                            + " shared by all the keys of the workspace, so the app's requests are refused too until"
                            + " the limit resets or is raised.",
                    "Check the workspace's limits, which all its keys share, at"
                            + " https://admin.mistral.ai/plateforme/limits, then spread the load or move to a higher"
                            + " tier.")
                    .withFinds("`GET /v1/models` answered 429 Too Many Requests: the key is valid, but its workspace"
                            + " is over a rate or monthly spending limit. The message adds the API's `Retry-After`"
                            + " when the answer has one, and the summary every `x-ratelimit-*` figure.")
                    .withExample("""
                            ```text
                            WARN   credentials    Mistral API key is live (GET /v1/models)       301ms
                                   rate limited (429 from https://api.mistral.ai in 88ms)
                                   warning MR-KEY-005 checklist.yaml:24:5  the key works, but the API answered 429 Too Many Requests: "Requests rate limit exceeded"; retry after 30s
                            ```"""),
            error(ProbeRules.SERVER_ERROR, "The Mistral API answered a server error (5xx)",
                    "A 5xx says nothing about the key: the API, or a gateway on the way to it, failed the request,"
                            + " and the app's requests fail the same way while that lasts.",
                    "Run the gate again later, and if the error persists check https://status.mistral.ai and any"
                            + " proxy between this machine and the API.")
                    .withFinds("`GET /v1/models` answered a 5xx status (500, 502, 503 …): the API, or a gateway in"
                            + " front of it, is failing. The message quotes the body's error message when it has one.")
                    .withExample("""
                            ```text
                            %s       444ms
                                   unavailable (503 from https://api.mistral.ai in 7ms)
                                   error MR-KEY-006 checklist.yaml:24:5  https://api.mistral.ai is unavailable: it answered 503 Service Unavailable: "upstream connect error"
                            ```""".formatted(GATE)),
            error(ProbeRules.UNREACHABLE, "The Mistral API cannot be reached",
                    "With no answer at all, nothing is known about the key; if production shares the network of the"
                            + " machine running the gate, the app cannot reach Mistral either.",
                    "Check the network path to `base-url` (its host and port, proxy, firewall, DNS, the CA of a"
                            + " TLS-intercepting proxy in the JVM's trust store, the clock), or raise `request-timeout`"
                            + " if the API is only slow.")
                    .withFinds("No HTTP answer from `base-url`: no answer within `request-timeout` (default `10s`),"
                            + " connection refused, DNS lookup failed, TLS handshake failed, or another connection"
                            + " failure. The message names which, with the underlying error.")
                    .withExample("""
                            ```text
                            %s       441ms
                                   unavailable: DNS lookup of api.mistral.ai failed (https://api.mistral.ai)
                                   error MR-KEY-007 checklist.yaml:24:5  https://api.mistral.ai is unreachable: DNS lookup of api.mistral.ai failed (UnknownHostException: api.mistral.ai: Name or service not known)
                            ```""".formatted(GATE)),
            error(ProbeRules.MALFORMED, "A 2xx answer is not a model list",
                    "The Mistral API answers this request with a list of models. Another 2xx most likely comes from"
                            + " something in between, such as a proxy, a gateway or a captive portal, so the key has"
                            + " not been checked against the API at all.",
                    "Check that `base-url` is the Mistral API itself, not a proxy, a gateway or a captive portal, or"
                            + " fix whatever answers in its place.")
                    .withFinds("`GET /v1/models` answered a 2xx whose body is not a model list: it is empty, is not"
                            + " JSON, has no `data` list, has an entry in `data` without an `id`, or is larger than"
                            + " 4 MiB.")
                    .withExample("""
                            ```text
                            %s       252ms
                                   not a model list (200 from https://api.mistral.ai in 5ms)
                                   error MR-KEY-008 checklist.yaml:24:5  https://api.mistral.ai answered 200 OK, but the body is not JSON
                            ```""".formatted(GATE)),
            error(ProbeRules.UNEXPECTED_STATUS, "The API answered an unexpected status",
                    "The probe's URL is not the Mistral API's model list: `base-url` names the wrong host or path,"
                            + " or something on the way redirects the request. The key has not been checked.",
                    "Set `base-url` to the API's root, such as https://api.mistral.ai or https://api.eu.mistral.ai"
                            + " (a trailing `/v1` is optional), and look for a proxy that redirects the request.")
                    .withFinds("`GET /v1/models` answered a status no other rule covers: a redirect (3xx), which is"
                            + " never followed, so the key goes nowhere else, and whose `Location` the message names;"
                            + " or a 4xx other than 401, 402, 403 and 429, such as 400 or 404.")
                    .withExample("""
                            ```text
                            %s       239ms
                                   redirected (301 from https://api.mistral.ai in 4ms)
                                   error MR-KEY-009 checklist.yaml:24:5  https://api.mistral.ai answered 301 Moved Permanently with a redirect to https://login.example.com/; it was not followed, so the key went nowhere else
                            ```""".formatted(GATE)),
            error(ProbeRules.MISSING_MODEL, "A required model is not visible to the key",
                    "A model the app needs, as `require-models` lists it, is not available to the key's workspace:"
                            + " every request for it fails, even though the key itself works.",
                    "Use a key of the workspace that has the model, or correct the id in `require-models` and in the"
                            + " app to one that `GET /v1/models` lists.")
                    .withFinds("The model list answered, but an id in `require-models` is neither the `id` nor one"
                            + " of the `aliases` of any entry. The message names each missing id and how many models"
                            + " the key can see.")
                    .withExample("""
                            ```text
                            %s       239ms
                                   200 from https://api.mistral.ai in 183ms, 64 models visible
                                   error MR-KEY-010 checklist.yaml:24:5  the key in MISTRAL_API_KEY cannot see `mistral-medium-2505` (64 models visible)
                            ```""".formatted(GATE)),
            warning(ProbeRules.SLOW, "The model list came slower than degraded-after",
                    "A slow model list points at a slow path to the API, or a slow API; the app's chat requests, which"
                            + " do far more work, are slower still and may run into the app's own timeouts.",
                    "Check the network path to the API and https://status.mistral.ai, or raise `degraded-after` if"
                            + " this latency is normal where the checklist runs.")
                    .withFinds("The model list answered, but later than `degraded-after` (default `5s`), measured"
                            + " from the request's last byte to the answer's last byte, without the connection's"
                            + " set-up.")
                    .withExample("""
                            ```text
                            WARN   credentials    Mistral API key is live (GET /v1/models)        6.4s
                                   degraded: 200 from https://api.mistral.ai in 6.2s, 64 models visible
                                   warning MR-KEY-011 checklist.yaml:24:5  https://api.mistral.ai took 6.2s to list the models, more than `degraded-after` (5.0s)
                            ```"""),
            error(ProbeRules.UNSENDABLE_KEY, "The key cannot be sent in a header",
                    "A key with a line break, a tab or a non-ASCII character inside is usually a copy-and-paste"
                            + " accident. It cannot go in an HTTP header as it is, so an app that reads the same"
                            + " value fails on every request.",
                    "Store the key again as the key alone, without line breaks or other invisible characters.")
                    .withFinds("The key's value, without its surrounding whitespace, contains a control character"
                            + " (a line break, a tab …) or a character outside printable ASCII. Nothing is sent; the"
                            + " message gives the first one's position, never the key.")
                    .withExample("""
                            ```text
                            %s         6ms
                                   MISTRAL_API_KEY cannot be sent
                                   error MR-KEY-012 checklist.yaml:24:5  MISTRAL_API_KEY contains a control or non-ASCII character (at position 7), which cannot be sent in an HTTP header
                            ```""".formatted(GATE)));

    private ProbeRuleCatalogue() {
    }
}
