package dev.mistralready.checks.models;

import dev.mistralready.project.manifests.Version;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the official SDKs do about timeouts when the application sets none, by release (the
 * project's research notes on the Mistral API, sections 3.1 to 3.3 and 3.11). The 0.x clients wait
 * 120 seconds and retry 5 times by default; the official clients from 1.0 on never retry unless
 * configured.
 */
final class SdkDefaults {

    /** From {@code since} on, a call without a timeout of its own gives up after {@code timeout} (empty: never). */
    record Step(Version since, Optional<Duration> timeout) {
    }

    /** {@code @mistralai/mistralai}: none up to 2.1.x, then 30 s, 60 s, 300 s. */
    static final List<Step> TYPESCRIPT = List.of(
            new Step(Version.of("0.0.0"), Optional.empty()),
            new Step(Version.of("2.2.0"), Optional.of(Duration.ofSeconds(30))),
            new Step(Version.of("2.2.5"), Optional.of(Duration.ofSeconds(60))),
            new Step(Version.of("2.2.7"), Optional.of(Duration.ofSeconds(300))));

    /** {@code mistralai} (Python): none in 1.x and 2.0 to 2.2.x, then 30 s, 60 s, 300 s. */
    static final List<Step> PYTHON = List.of(
            new Step(Version.of("0.0.0"), Optional.empty()),
            new Step(Version.of("2.3.0"), Optional.of(Duration.ofSeconds(30))),
            new Step(Version.of("2.4.3"), Optional.of(Duration.ofSeconds(60))),
            new Step(Version.of("2.4.13"), Optional.of(Duration.ofSeconds(300))));

    /** The 0.x clients' {@code timeout} default, in seconds: 120. */
    static final Duration LEGACY_TIMEOUT = Duration.ofSeconds(120);

    /** A default this long or longer keeps a user waiting for minutes: reported. */
    static final Duration LONG = Duration.ofSeconds(60);

    private SdkDefaults() {
    }

    /** The package a project declares to use {@code sdk}. */
    static String packageOf(Sdk sdk) {
        return sdk == Sdk.PYTHON || sdk == Sdk.PYTHON_LEGACY ? "mistralai" : "@mistralai/mistralai";
    }

    /** The built-in timeout of {@code sdk} at {@code version}; empty when it has none. */
    static Optional<Duration> timeout(Sdk sdk, Version version) {
        if (sdk == Sdk.TYPESCRIPT_LEGACY || sdk == Sdk.PYTHON_LEGACY) {
            return Optional.of(LEGACY_TIMEOUT);
        }
        Optional<Duration> timeout = Optional.empty();
        for (Step step : sdk == Sdk.PYTHON ? PYTHON : TYPESCRIPT) {
            if (!version.isBefore(step.since())) {
                timeout = step.timeout();
            }
        }
        return timeout;
    }

    /** The first release of {@code sdk} with a built-in timeout: 2.2.0 (TS), 2.3.0 (Python). */
    static Version firstWithTimeout(Sdk sdk) {
        return (sdk == Sdk.PYTHON ? PYTHON : TYPESCRIPT).get(1).since();
    }

    /** How to set a timeout with {@code sdk}, as a finding's fix says it. */
    static String timeoutFix(Sdk sdk) {
        String sized = ", sized to the slowest answer you accept.";
        return switch (sdk) {
            case TYPESCRIPT -> "Set `timeoutMs: 30_000` on `new Mistral({...})` (or on every call's options)" + sized;
            case PYTHON -> "Pass `timeout_ms=30_000` to `Mistral(...)` (or to every call)" + sized;
            case TYPESCRIPT_LEGACY -> "Pass the timeout in seconds as the fourth argument, "
                    + "`new MistralClient(key, endpoint, 5, 30)`" + sized;
            case PYTHON_LEGACY -> "Pass `timeout=30` (seconds) to the client" + sized;
            case LANGCHAIN4J, SPRING_AI, LANGCHAIN4J_SPRING, OPENAI_TYPESCRIPT, OPENAI_PYTHON, LANGCHAIN_JS,
                    LANGCHAIN_PYTHON, VERCEL_AI, SPRING_AI_OPTIONS, LLAMA_INDEX, LITELLM, HAYSTACK, CREWAI, HTTP,
                    SPRING_AI_API ->
                    throw new IllegalArgumentException("timeouts are checked only for the official TS and Python SDKs");
        };
    }
}
