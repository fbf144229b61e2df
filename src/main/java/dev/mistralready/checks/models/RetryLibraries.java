package dev.mistralready.checks.models;

import java.util.List;
import java.util.Optional;

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

    /** Maven groups (or {@code group:artifact}) of JVM retry and circuit-breaker libraries. */
    static final List<String> JVM = List.of(
            "io.github.resilience4j:", "dev.failsafe:", "net.jodah:failsafe", "org.springframework.retry:",
            "io.smallrye:smallrye-fault-tolerance", "org.eclipse.microprofile.fault-tolerance:",
            "com.netflix.hystrix:", "com.github.rholder:guava-retrying");

    private RetryLibraries() {
    }

    /** The library {@code groupId:artifactId} belongs to, if it is one of {@link #JVM}. */
    static Optional<String> jvm(String coordinate) {
        return JVM.stream().filter(coordinate::startsWith).findFirst()
                .map(library -> library.endsWith(":") ? coordinate : library);
    }
}
