package dev.mistralready.checks.credentials;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Rule;
import dev.mistralready.check.Secret;
import dev.mistralready.check.Severity;
import dev.mistralready.http.Redaction;
import dev.mistralready.mistral.MistralApi;
import dev.mistralready.mistral.ModelsReply;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code credential-probe} gate: asks the Mistral API for its model list with the production
 * key, the way an operator would with {@code curl -H "Authorization: Bearer $KEY" …/v1/models},
 * and says exactly what is wrong: the key, the bill, the rate limit, or the way to the API.
 */
public final class CredentialProbeCheck implements Check<CredentialProbeOptions> {

    @Override
    public String type() {
        return "credential-probe";
    }

    @Override
    public List<Rule> rules() {
        return ProbeRuleCatalogue.RULES;
    }

    @Override
    public String summary() {
        return "Checks that the Mistral API key works: GET /v1/models answers 200, in time, with the models the app needs";
    }

    @Override
    public Class<CredentialProbeOptions> optionsType() {
        return CredentialProbeOptions.class;
    }

    @Override
    public Duration defaultTimeout() {
        return Duration.ofMinutes(1);
    }

    @Override
    public boolean needsNetwork(CredentialProbeOptions options) {
        return true;
    }

    @Override
    public Outcome run(CredentialProbeOptions options, CheckContext context) {
        String variable = options.keyEnv();
        String value = context.environment().getOrDefault(variable, "").strip();
        if (value.isEmpty()) {
            return missingKey(options, context.environment().containsKey(variable));
        }
        Optional<Integer> unsendable = firstUnsendable(value);
        if (unsendable.isPresent()) {
            return Outcome.fail(variable + " cannot be sent", List.of(Finding.of(ProbeRules.UNSENDABLE_KEY, Severity.ERROR,
                    variable + " contains a control or non-ASCII character (at position " + unsendable.get()
                            + "), which cannot be sent in an HTTP header",
                    "Set " + variable + " to the key alone, without line breaks or other invisible characters.")));
        }
        Secret key = Secret.of(value);
        MistralApi api = new MistralApi(context.network().client(), options.baseUrl(), options.requestTimeout());
        ModelsReply reply = api.listModels(key, context.cancellation());
        return Redaction.of(key).scrub(new ProbeVerdict(options, key).of(reply));
    }

    private static Outcome missingKey(CredentialProbeOptions options, boolean setButEmpty) {
        String variable = options.keyEnv();
        String why = variable + (setButEmpty ? " is empty" : " is not set");
        if (!options.required()) {
            return Outcome.skip("skipped: " + why);
        }
        return Outcome.fail(why, List.of(Finding.of(ProbeRules.MISSING_KEY, Severity.ERROR, why,
                "Provide the production key as " + variable + " where this checklist runs (a CI secret), "
                        + "or set `required: false` to skip the probe when it is absent.")));
    }

    /** The 1-based position of the first character that is not printable ASCII. */
    private static Optional<Integer> firstUnsendable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}
