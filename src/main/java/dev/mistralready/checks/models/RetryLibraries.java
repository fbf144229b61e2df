package dev.mistralready.checks.models;

import java.util.List;

/**
 * Retry and circuit-breaker libraries: a project that depends on one is taken to retry its Mistral
 * calls itself, so the SDK's own retries are not asked for.
 */
final class RetryLibraries {

    static final List<String> NODE = List.of(
            "p-retry", "async-retry", "retry", "promise-retry", "exponential-backoff", "cockatiel", "opossum",
            "brakes", "mollitia", "ts-retry", "ts-retry-promise", "@lifeomic/attempt", "p-retry-ts");

    static final List<String> PYTHON = List.of(
            "tenacity", "backoff", "retrying", "retry", "retry2", "stamina", "pybreaker", "circuitbreaker",
            "aiobreaker", "purgatory", "redo", "opnieuw");

    private RetryLibraries() {
    }
}
