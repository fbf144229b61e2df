package dev.mistralready.checks.models;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Fingerprint;
import dev.mistralready.check.Severity;
import dev.mistralready.project.manifests.Manifest;
import dev.mistralready.project.manifests.Manifests;
import dev.mistralready.project.source.Value;
import java.util.List;
import java.util.Optional;

/**
 * MR-MOD-009 to 011 for the clients that are not Mistral's own (research notes, sections 3.6 to
 * 3.9): OpenAI clients pointed at Mistral wait 600 s and retry twice; LangChain Python's
 * {@code ChatMistralAI} waits 120 s and retries 5 times; LangChain.js's retries 6 times and times
 * out per call (its pinned SDK's 30 s otherwise: not reported); the Vercel AI SDK's
 * {@code generateText} / {@code streamText} retry twice and have no timeout unless given
 * {@code timeout} or {@code abortSignal}. Retries are reported only when turned off ({@code 0}).
 */
final class FrameworkResilienceRules {

    private final Manifests manifests;
    private final List<String> details;

    FrameworkResilienceRules(Manifests manifests, List<String> details) {
        this.manifests = manifests;
        this.details = details;
    }

    static boolean covers(Sdk sdk) {
        return sdk == Sdk.OPENAI_TYPESCRIPT || sdk == Sdk.OPENAI_PYTHON || sdk == Sdk.LANGCHAIN_JS
                || sdk == Sdk.LANGCHAIN_PYTHON || sdk == Sdk.VERCEL_AI || sdk == Sdk.LLAMA_INDEX || sdk == Sdk.LITELLM
                || sdk == Sdk.CREWAI;
    }

    Optional<Finding> timeout(ClientConstruction client) {
        if (client.timeout() instanceof Parameter.Unseen) {
            details.add(client.at() + ": `" + client.written() + "`: its options are not built in this file, "
                    + "timeout and retries not checked");
            return Optional.empty();
        }
        if (!(client.timeout() instanceof Parameter.Missing)) {
            return Optional.empty();
        }
        String what = "`" + client.written() + "` sets no `timeout`";
        return switch (client.sdk()) {
            case OPENAI_TYPESCRIPT -> Optional.of(finding(ResilienceRules.LONG_DEFAULT_TIMEOUT, Severity.WARNING, client,
                    what + ": the openai client then waits 600 s (10 minutes) for an answer",
                    "Set `timeout: 30_000` (ms) on `new OpenAI({...})`, sized to the slowest answer you accept."));
            case OPENAI_PYTHON -> Optional.of(finding(ResilienceRules.LONG_DEFAULT_TIMEOUT, Severity.WARNING, client,
                    what + ": the openai client then waits 600 s (10 minutes) for an answer",
                    "Pass `timeout=30.0` (seconds) to `" + client.written() + "(...)`, sized to the slowest answer you accept."));
            case LANGCHAIN_PYTHON -> Optional.of(finding(ResilienceRules.LONG_DEFAULT_TIMEOUT, Severity.WARNING, client,
                    what + ": LangChain's ChatMistralAI then waits 120 s (2 minutes) for an answer",
                    "Pass `timeout=30` (seconds) to `ChatMistralAI(...)`, sized to the slowest answer you accept."));
            case LLAMA_INDEX -> Optional.of(finding(ResilienceRules.LONG_DEFAULT_TIMEOUT, Severity.WARNING, client,
                    what + ": LlamaIndex's MistralAI then waits 120 s (2 minutes) for an answer",
                    "Pass `timeout=30` (seconds) to `" + client.written() + "(...)`, sized to the slowest answer you accept."));
            case LITELLM, CREWAI -> Optional.of(finding(ResilienceRules.LONG_DEFAULT_TIMEOUT, Severity.WARNING, client,
                    what + ": LiteLLM then waits 6000 s (100 minutes) for an answer",
                    "Pass `timeout=30` (seconds) to `" + client.written() + "(...)`, sized to the slowest answer you accept."));
            case VERCEL_AI -> Optional.of(finding(ResilienceRules.NO_TIMEOUT, Severity.ERROR, client,
                    "`" + client.written() + "` sets no `timeout` or `abortSignal`: the AI SDK has no default timeout, "
                            + "so a stalled request hangs forever",
                    "Pass `timeout: 30_000` (or `abortSignal: AbortSignal.timeout(30_000)`) to `" + client.written()
                            + "`, sized to the slowest answer you accept."));
            default -> Optional.empty();
        };
    }

    Optional<Finding> retries(ClientConstruction client) {
        if (!(client.retries() instanceof Parameter.Given given && given.value() instanceof Value.Number number)
                || number.number() > 0) {
            return Optional.empty(); // unset: each of these retries by default
        }
        // a notebook's code cells are Python, and its manifests are Python's
        boolean python = client.file().endsWith(".py") || client.file().endsWith(".ipynb");
        Manifests.Ecosystem ecosystem = python ? Manifests.Ecosystem.PYTHON : Manifests.Ecosystem.NODE;
        for (Manifest manifest : manifests.governing(client.file(), ecosystem)) {
            for (String library : python ? RetryLibraries.PYTHON : RetryLibraries.NODE) {
                if (manifest.dependency(library).isPresent()) {
                    details.add(client.at() + ": `" + client.written() + "` turns retries off; " + library + " ("
                            + manifest.path() + ") is taken to retry its calls");
                    return Optional.empty();
                }
            }
        }
        String setting = python ? "max_retries=0" : "maxRetries: 0";
        return Optional.of(finding(ResilienceRules.NO_RETRIES, Severity.WARNING, client, "`" + client.written()
                + "` sets `" + setting + "`: it then never retries, so one 429 or 503 fails the request, and no retry "
                + "or circuit-breaker library is a dependency", "Drop `" + setting + "` (the default retries) or set "
                + "2 to 3 retries, or retry with a library such as " + (python ? "tenacity." : "p-retry.")));
    }

    private static Finding finding(String rule, Severity severity, ClientConstruction client, String what, String fix) {
        return Finding.of(rule, severity, what, fix).at(client.at())
                .withFingerprint(Fingerprint.of(rule, client.file(), client.written()));
    }
}
