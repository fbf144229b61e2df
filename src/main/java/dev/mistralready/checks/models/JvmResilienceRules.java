package dev.mistralready.checks.models;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Fingerprint;
import dev.mistralready.check.Severity;
import dev.mistralready.project.manifests.Dependency;
import dev.mistralready.project.manifests.Manifest;
import dev.mistralready.project.manifests.Manifests;
import dev.mistralready.project.source.Value;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * MR-MOD-010 and MR-MOD-011 for Java: LangChain4j's {@code MistralAiChatModel.builder()} chains,
 * the LangChain4j Spring Boot starter's {@code langchain4j.mistral-ai.chat-model.*} and Spring
 * AI's {@code spring.ai.retry.*} (research notes, sections 3.4 and 3.5). LangChain4j waits 60 s
 * for an answer and retries twice unless told otherwise, so no timeout is a warning and only
 * retries turned off ({@code maxRetries(0)}) are; Spring AI retries 10 times by default and has
 * no Mistral timeout property (it uses Spring Boot's HTTP client settings), so only
 * {@code max-attempts} of 1 or less is reported there. The versions come from the nearest
 * {@code pom.xml} or {@code build.gradle(.kts)}, for the message.
 */
final class JvmResilienceRules {

    /** LangChain4j's read timeout when none is set (javadoc "The default value is 60 seconds"). */
    static final Duration LANGCHAIN4J_TIMEOUT = Duration.ofSeconds(60);

    static final String LANGCHAIN4J = "dev.langchain4j:langchain4j-mistral-ai";
    static final String LANGCHAIN4J_STARTER = "dev.langchain4j:langchain4j-mistral-ai-spring-boot-starter";
    static final String SPRING_AI_GROUP = "org.springframework.ai:";

    private final Manifests manifests;
    private final List<String> details;

    JvmResilienceRules(Manifests manifests, List<String> details) {
        this.manifests = manifests;
        this.details = details;
    }

    Optional<Finding> timeout(ClientConstruction client) {
        if (client.sdk() == Sdk.SPRING_AI) {
            details.add(client.at() + ": Spring AI has no Mistral timeout property (Spring Boot's "
                    + "`spring.http.client.read-timeout` applies); its timeout is not checked");
            return Optional.empty();
        }
        if (client.timeout() instanceof Parameter.Unseen) {
            if (client.sdk() == Sdk.LANGCHAIN4J) {
                details.add(client.at() + ": `" + client.written() + "` is finished outside the file's sight, "
                        + "timeout and retries not checked");
            }
            return Optional.empty();
        }
        if (!(client.timeout() instanceof Parameter.Missing)) {
            return Optional.empty();
        }
        boolean builder = client.sdk() == Sdk.LANGCHAIN4J;
        String what = builder ? "`" + client.written() + "` sets no `.timeout(...)`"
                : "`" + client.written() + "` sets no `timeout`";
        String fix = builder ? "Add `.timeout(Duration.ofSeconds(30))` to the builder, sized to the slowest answer you accept."
                : "Set `" + client.written() + ".timeout=30s`, sized to the slowest answer you accept.";
        return Optional.of(finding(ResilienceRules.LONG_DEFAULT_TIMEOUT, Severity.WARNING, client, what + ": "
                + release(client) + " then waits " + LANGCHAIN4J_TIMEOUT.toSeconds() + " s for an answer", fix));
    }

    Optional<Finding> retries(ClientConstruction client) {
        if (!(client.retries() instanceof Parameter.Given given && given.value() instanceof Value.Number number)) {
            return Optional.empty(); // unset: LangChain4j retries 2 times, Spring AI 10
        }
        boolean springAi = client.sdk() == Sdk.SPRING_AI;
        if (springAi ? number.number() > 1 : number.number() > 0) {
            return Optional.empty();
        }
        for (Manifest manifest : manifests.governing(client.file(), Manifests.Ecosystem.JVM)) {
            for (Dependency dependency : manifest.dependencies().values()) {
                Optional<String> library = RetryLibraries.jvm(dependency.name());
                if (library.isPresent()) {
                    details.add(client.at() + ": `" + client.written() + "` turns retries off; " + library.get()
                            + " (" + manifest.path() + ") is taken to retry its calls");
                    return Optional.empty();
                }
            }
        }
        String setting = switch (client.sdk()) {
            case LANGCHAIN4J -> "`" + client.written() + "` sets `.maxRetries(" + whole(number) + ")`";
            case SPRING_AI -> "`spring.ai.retry.max-attempts` is " + whole(number);
            default -> "`" + client.written() + ".max-retries` is " + whole(number);
        };
        String fix = switch (client.sdk()) {
            case LANGCHAIN4J -> "Drop `.maxRetries(" + whole(number) + ")` (LangChain4j then retries twice) or set it "
                    + "to 2 or 3, or retry with a library such as resilience4j or failsafe.";
            case SPRING_AI -> "Set `spring.ai.retry.max-attempts` to 3 or more (or drop it: the default is 10), "
                    + "or retry with a library such as resilience4j or spring-retry.";
            default -> "Set `" + client.written() + ".max-retries` to 2 or 3 (or drop it: the default is 2), "
                    + "or retry with a library such as resilience4j or failsafe.";
        };
        return Optional.of(finding(ResilienceRules.NO_RETRIES, Severity.WARNING, client, setting + ": "
                + release(client) + " then never retries, so one 429 or 503 fails the request, and no retry or "
                + "circuit-breaker library is a dependency", fix));
    }

    /** {@code LangChain4j (dev.langchain4j:langchain4j-mistral-ai 1.8.0 (pom.xml))}, or the SDK alone. */
    private String release(ClientConstruction client) {
        Optional<Dependency> declared = Optional.empty();
        for (Manifest manifest : manifests.governing(client.file(), Manifests.Ecosystem.JVM)) {
            for (Dependency dependency : manifest.dependencies().values()) {
                if (declared.isEmpty() && isPackageOf(client.sdk(), dependency.name())) {
                    declared = Optional.of(dependency);
                }
            }
        }
        String label = client.sdk() == Sdk.SPRING_AI ? "Spring AI" : "LangChain4j";
        return declared.map(dependency -> label + " (" + dependency.describe() + ")").orElse(label);
    }

    private static boolean isPackageOf(Sdk sdk, String name) {
        return switch (sdk) {
            case LANGCHAIN4J -> name.equals(LANGCHAIN4J);
            case LANGCHAIN4J_SPRING -> name.equals(LANGCHAIN4J_STARTER) || name.equals(LANGCHAIN4J);
            default -> name.startsWith(SPRING_AI_GROUP) && name.contains("mistral");
        };
    }

    private static String whole(Value.Number number) {
        double value = number.number();
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static Finding finding(String rule, Severity severity, ClientConstruction client, String what, String fix) {
        return Finding.of(rule, severity, what, fix).at(client.at())
                .withFingerprint(Fingerprint.of(rule, client.file(), client.written()));
    }
}
