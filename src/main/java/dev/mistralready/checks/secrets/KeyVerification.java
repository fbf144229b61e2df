package dev.mistralready.checks.secrets;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Secret;
import dev.mistralready.check.Severity;
import dev.mistralready.http.HttpExchange;
import dev.mistralready.mistral.MistralApi;
import dev.mistralready.mistral.ModelsReply;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code verify: true}: asks the Mistral API whether each distinct Mistral key found still works,
 * once per key, the way trufflehog verifies other providers' keys. 200 on {@code /v1/models} is a
 * live leak; 401 means the key was revoked; anything else leaves the question open.
 */
final class KeyVerification {

    static final String LIVE_FIX = "Revoke this key now in the Mistral console (API keys), then move the new one to "
            + "the environment or a secret manager.";
    static final String REVOKED_FIX = "The key no longer works; delete it from the code.";

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final Pattern MISTRAL_KEY = Pattern.compile("[A-Za-z0-9]{32}");
    private static final Set<String> MISTRAL_RULES = Set.of("MR-SEC-001", "MR-SEC-002");

    enum State { LIVE, REVOKED, UNKNOWN }

    /** What the API said about one key; {@code reason} is for the message and holds no part of the key. */
    record Verdict(State state, String reason) {
    }

    private final Map<Secret, Verdict> verdicts;
    private final Map<String, Verdict> byFingerprint;

    private KeyVerification(Map<Secret, Verdict> verdicts, Map<String, Verdict> byFingerprint) {
        this.verdicts = Map.copyOf(verdicts);
        this.byFingerprint = Map.copyOf(byFingerprint);
    }

    static KeyVerification none() {
        return new KeyVerification(Map.of(), Map.of());
    }

    /** Verifies the Mistral-shaped secrets among {@code matches}; each distinct key is sent once. */
    static KeyVerification of(Collection<SecretMatch> matches, MistralApi api, Cancellation cancellation) {
        Map<Secret, Verdict> verdicts = new LinkedHashMap<>();
        Map<String, Verdict> byFingerprint = new HashMap<>();
        for (SecretMatch match : matches) {
            if (!isMistralKey(match)) {
                continue;
            }
            Verdict verdict = verdicts.computeIfAbsent(match.secret(), key -> verdictOf(api.listModels(key, cancellation)));
            byFingerprint.put(SecretScanCheck.fingerprintOf(match), verdict);
        }
        return new KeyVerification(verdicts, byFingerprint);
    }

    private static boolean isMistralKey(SecretMatch match) {
        return MISTRAL_RULES.contains(match.rule().id()) && MISTRAL_KEY.matcher(match.secret().reveal()).matches();
    }

    private static Verdict verdictOf(ModelsReply reply) {
        if (reply instanceof ModelsReply.Listed) {
            return new Verdict(State.LIVE, "LIVE: the key works, GET /v1/models answered 200");
        }
        if (reply instanceof ModelsReply.OtherStatus other && other.code() == 401) {
            return new Verdict(State.REVOKED, "revoked: GET /v1/models answered 401");
        }
        String why;
        if (reply instanceof ModelsReply.OtherStatus other) {
            why = "the API answered " + other.code();
        } else if (reply instanceof ModelsReply.Malformed malformed) {
            why = "the API answered " + malformed.code() + " without a model list";
        } else {
            ModelsReply.Unreachable unreachable = (ModelsReply.Unreachable) reply;
            why = "the API was unreachable: " + unreachable.failure().description()
                    + HttpExchange.proxyOf(unreachable.detail()).map(through -> " " + through).orElse("");
        }
        return new Verdict(State.UNKNOWN, "not verified: " + why);
    }

    int keysVerified() {
        return verdicts.size();
    }

    /** How many distinct keys came out in {@code state}. */
    long keys(State state) {
        return verdicts.values().stream().filter(verdict -> verdict.state() == state).count();
    }

    boolean isLive(Finding finding) {
        return verdict(finding).map(verdict -> verdict.state() == State.LIVE).orElse(false);
    }

    /** The finding with what the API said: a live key is an error with the fix to revoke it, a revoked one a warning. */
    Finding apply(Finding finding) {
        Optional<Verdict> verdict = verdict(finding);
        if (verdict.isEmpty()) {
            return finding;
        }
        String message = finding.message() + " (" + verdict.get().reason() + ")";
        return switch (verdict.get().state()) {
            case LIVE -> new Finding(finding.ruleId(), Severity.ERROR, message, finding.location(), LIVE_FIX,
                    finding.fingerprint());
            case REVOKED -> new Finding(finding.ruleId(), Severity.WARNING, message, finding.location(), REVOKED_FIX,
                    finding.fingerprint());
            case UNKNOWN -> new Finding(finding.ruleId(), finding.severity(), message, finding.location(), finding.fix(),
                    finding.fingerprint());
        };
    }

    private Optional<Verdict> verdict(Finding finding) {
        return finding.fingerprint().map(byFingerprint::get);
    }
}
