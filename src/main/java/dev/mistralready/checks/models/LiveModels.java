package dev.mistralready.checks.models;

import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Secret;
import dev.mistralready.http.Redaction;
import dev.mistralready.mistral.MistralApi;
import dev.mistralready.mistral.ModelsReply;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The model ids and aliases the key can see, from {@code GET /v1/models}, when a key is at hand and
 * the run may use the network. It is never a reason to fail: without a key, offline, or when the
 * API does not answer with a list, the gate goes by the bundled catalogue and its details say why.
 *
 * @param ids    every id and alias the key can see; empty when the list was not fetched
 * @param detail one line for the gate's details: what was used and why (never the key)
 */
record LiveModels(Optional<Set<String>> ids, String detail) {

    /** Long enough for a slow API, short enough not to hold up a lint that does not need it. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    static LiveModels fetch(ModelConfigOptions options, CheckContext context, ModelCatalogue catalogue) {
        String fallback = ": models checked against the bundled catalogue of " + catalogue.date() + " alone";
        if (context.network().isOffline()) {
            return new LiveModels(Optional.empty(), "live model list not used (--offline)" + fallback);
        }
        String variable = options.keyEnv();
        String value = context.environment().getOrDefault(variable, "").strip();
        if (value.isEmpty()) {
            return new LiveModels(Optional.empty(), "live model list not used (" + variable
                    + (context.environment().containsKey(variable) ? " is empty)" : " is not set)") + fallback);
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            return new LiveModels(Optional.empty(), "live model list not used (" + variable
                    + " contains a character that cannot be sent in an HTTP header)" + fallback);
        }
        MistralApi api = new MistralApi(context.network().client(), options.baseUrl(), REQUEST_TIMEOUT);
        Secret key = Secret.of(value);
        ModelsReply reply = api.listModels(key, context.cancellation());
        String asked = "GET " + options.baseUrl().shownAs() + "/v1/models";
        if (reply instanceof ModelsReply.Listed listed) {
            return new LiveModels(Optional.of(Set.copyOf(listed.modelIds())), "live model list: " + asked + " with "
                    + variable + " lists " + listed.modelIds().size() + " model ids and aliases; an id it lists is not "
                    + "unknown, an id it lacks is one the key cannot use");
        }
        return new LiveModels(Optional.empty(), Redaction.of(key).scrub("live model list not used (" + asked + " "
                + why(reply) + ")" + fallback));
    }

    private static String why(ModelsReply reply) {
        if (reply instanceof ModelsReply.OtherStatus status) {
            return "answered " + status.code() + status.message().map(message -> ": " + message).orElse("");
        }
        if (reply instanceof ModelsReply.Malformed malformed) {
            return "answered " + malformed.code() + " without a model list: " + malformed.problem();
        }
        return ((ModelsReply.Unreachable) reply).failure().description();
    }
}
