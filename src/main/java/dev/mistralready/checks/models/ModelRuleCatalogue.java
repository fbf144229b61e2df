package dev.mistralready.checks.models;

import static dev.mistralready.check.Rule.error;
import static dev.mistralready.check.Rule.warning;

import dev.mistralready.check.Rule;
import java.util.List;

/** The rules the {@code model-config} gate can report, for the rule catalogue. */
final class ModelRuleCatalogue {

    static final List<Rule> RULES = List.of(
            error(ModelRules.FLOATING_ALIAS, "A floating model alias",
                    "An alias such as mistral-large-latest moves to a new model without a deploy: answers, cost and"
                            + " latency change under a release nobody tested, and a rollback does not bring the old"
                            + " model back.",
                    "Pin the dated id the alias points to today, or allow the alias in allow-aliases when following"
                            + " the newest model is intended."),
            error(ModelRules.RETIRED, "A retired model",
                    "Mistral no longer serves a model past its retirement date, so every request naming it fails.",
                    "Switch to the replacement the message names."),
            warning(ModelRules.DEPRECATED, "A deprecated model",
                    "A deprecated model has a retirement date; on that day every request naming it starts failing.",
                    "Move to the replacement before the retirement date the message gives."),
            warning(ModelRules.LABS, "A labs model",
                    "Mistral may remove labs-* models with two weeks' notice and does not recommend them for"
                            + " production.",
                    "Use a generally available model in production."),
            warning(ModelRules.UNKNOWN, "An unknown model",
                    "A model id the catalogue does not know is often a typo or a name that was never served; the"
                            + " API answers it with an error.",
                    "Check the id against GET /v1/models."),
            error(ParameterRules.NO_MAX_TOKENS, "A call without max tokens",
                    "Without a limit a reply can run to the model's context limit, in cost and in latency, and one"
                            + " runaway answer can hold a request for minutes.",
                    "Set max tokens in the SDK's spelling, sized to the longest reply you need."),
            warning(ParameterRules.NO_TEMPERATURE, "A call without temperature",
                    "Without it the framework's or model's default applies, and those differ (0.7, 0.1, 0), so the"
                            + " same code answers differently after a library or model change.",
                    "Set temperature explicitly; Mistral recommends 0.0 to 0.7."),
            error(ParameterRules.TEMPERATURE_RANGE, "A temperature outside 0 to 1",
                    "Mistral rejects such a request with 400, so every call with it fails.",
                    "Use a value between 0 and 1."),
            error(ResilienceRules.NO_TIMEOUT, "A client without a timeout",
                    "Where the SDK has no default timeout a stalled request hangs forever, holding a thread or a"
                            + " connection until the app runs out of them.",
                    "Set a timeout on the client, sized to the slowest answer you accept."),
            warning(ResilienceRules.LONG_DEFAULT_TIMEOUT, "A client relying on a long default timeout",
                    "A default of a minute or more keeps users waiting long past the point of an answer, and ties"
                            + " up the app while the provider is slow.",
                    "Set the timeout explicitly, sized to the slowest answer you accept."),
            warning(ResilienceRules.NO_RETRIES, "A client that retries nothing",
                    "Without retries a single 429 or 503 from the API fails the user's request, though a retry a"
                            + " moment later would have succeeded.",
                    "Configure the SDK's retries with backoff for 429 and 5xx, or use a retry library."),
            error(StatusFieldChecks.STATUS_FIELD, "status read from a Mistral SDK error",
                    "The official TS SDK's errors carry statusCode, not status; the test never matches, so 429 and"
                            + " 5xx go unhandled.",
                    "Read statusCode instead of status."),
            error(ModelRules.NOT_VISIBLE, "A model the key cannot use",
                    "The key's GET /v1/models does not list the model, so the key's workspace cannot call it and"
                            + " every request for it fails.",
                    "Use a model the key's list has, or give the key's workspace access to it."),
            error(ParameterRules.REJECTED_PARAMETER, "An OpenAI-only parameter sent to Mistral",
                    "Mistral rejects max_completion_tokens and store with 422, so every call sending them fails.",
                    "Use max_tokens instead of max_completion_tokens, and drop store."),
            warning(ParameterRules.DEPRECATED_PARAMETER, "A deprecated request parameter",
                    "A parameter under the name its SDK deprecated may be ignored or rejected by a later release.",
                    "Use the current name, such as safePrompt instead of safeMode."));

    private ModelRuleCatalogue() {
    }
}
