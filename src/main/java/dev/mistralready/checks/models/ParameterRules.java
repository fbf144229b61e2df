package dev.mistralready.checks.models;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Fingerprint;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import dev.mistralready.project.source.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules on a call's request parameters, as far as its {@link Endpoint} takes them: no max
 * tokens or temperature rule on embeddings, OCR, moderation or transcription, no temperature rule on
 * an agent completion. A parameter the file cannot show (options from elsewhere) is never reported missing.
 */
final class ParameterRules {

    static final String NO_MAX_TOKENS = "MR-MOD-006";
    static final String NO_TEMPERATURE = "MR-MOD-007";
    static final String TEMPERATURE_RANGE = "MR-MOD-008";
    static final String REJECTED_PARAMETER = "MR-MOD-014";
    static final String DEPRECATED_PARAMETER = "MR-MOD-015";

    private ParameterRules() {
    }

    static List<Finding> check(ChatCall call) {
        List<Finding> findings = new ArrayList<>();
        Sdk sdk = call.sdk();
        for (ChatCall.Rejected rejected : call.rejected()) {
            findings.add(Finding.of(REJECTED_PARAMETER, Severity.ERROR,
                    "`" + call.callee() + "` sends `" + rejected.name() + "` to Mistral through an OpenAI client: "
                            + "Mistral rejects it with 422 (Extra inputs are not permitted), so every such call fails",
                    rejected.name().equals("store") ? "Drop `store`: Mistral does not store completions."
                            : "Use `max_tokens` instead of `max_completion_tokens`: it is the field Mistral reads.")
                    .at(rejected.at())
                    .withFingerprint(Fingerprint.of(REJECTED_PARAMETER, call.file(), call.callee() + " " + rejected.name())));
        }
        for (ChatCall.Renamed renamed : call.renamed()) {
            findings.add(Finding.of(DEPRECATED_PARAMETER, Severity.WARNING,
                    "`" + call.callee() + "` sets `" + renamed.name() + "`, which " + sdk.label()
                            + " deprecated in favour of `" + renamed.replacement() + "`",
                    "Use `" + renamed.replacement() + "` instead of `" + renamed.name() + "`.")
                    .at(renamed.at())
                    .withFingerprint(Fingerprint.of(DEPRECATED_PARAMETER, call.file(), call.callee() + " " + renamed.name())));
        }
        boolean rejectedMaxTokens = call.rejected().stream().anyMatch(r -> r.name().equals("max_completion_tokens"));
        Endpoint endpoint = call.endpoint();
        if (endpoint.takesMaxTokens() && call.maxTokens() instanceof Parameter.Missing && !rejectedMaxTokens) {
            String spelling = call.otherMaxTokensSpelling()
                    ? " (it sets `" + sdk.otherMaxTokensSpelling() + "`, which " + sdk.label() + " does not read)" : "";
            findings.add(finding(NO_MAX_TOKENS, Severity.ERROR, call, call.at(),
                    "`" + call.callee() + "` sets no `" + sdk.maxTokens() + "`" + spelling
                            + ": a reply can run to the model's context limit, in cost and latency",
                    maxTokensFix(call)));
        }
        if (!endpoint.takesTemperature()) {
            return findings;
        }
        if (call.temperature() instanceof Parameter.Missing) {
            findings.add(finding(NO_TEMPERATURE, Severity.WARNING, call, call.at(),
                    "`" + call.callee() + "` sets no `temperature`: " + sdk.defaultTemperature().orElse("the model's default applies, and it differs by model"),
                    temperatureFix(call)));
        }
        if (call.temperature() instanceof Parameter.Given given && given.value() instanceof Value.Number number
                && (number.number() < 0 || number.number() > 1)) {
            Location where = new Location(call.file(), number.where().line(), number.where().column());
            findings.add(finding(TEMPERATURE_RANGE, Severity.ERROR, call, where,
                    "`" + call.callee() + "` sets `temperature` to " + format(number.number())
                            + ", outside 0 to 1: Mistral rejects the request with 400",
                    "Use a temperature between 0 and 1 (Mistral recommends 0.0 to 0.7)."));
        }
        return findings;
    }

    /** A conversation sets both in its completion arguments; every other request on the call itself. */
    private static String maxTokensFix(ChatCall call) {
        if (call.endpoint() != Endpoint.CONVERSATION) {
            return call.sdk().maxTokensFix(call.callee());
        }
        return (call.sdk() == Sdk.PYTHON ? "Pass `completion_args={\"max_tokens\": 1024}`"
                : "Pass `completionArgs: { maxTokens: 1024 }`") + " (sized to the longest reply you need).";
    }

    private static String temperatureFix(ChatCall call) {
        if (call.endpoint() != Endpoint.CONVERSATION) {
            return call.sdk().temperatureFix(call.callee());
        }
        return (call.sdk() == Sdk.PYTHON ? "Set `\"temperature\": 0.3` in `completion_args`"
                : "Set `temperature: 0.3` in `completionArgs`") + " explicitly (Mistral recommends 0.0 to 0.7).";
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : String.format(Locale.ROOT, "%s", number);
    }

    private static Finding finding(String rule, Severity severity, ChatCall call, Location where, String what, String fix) {
        return Finding.of(rule, severity, what, fix).at(where)
                .withFingerprint(Fingerprint.of(rule, call.file(), call.callee()));
    }
}
