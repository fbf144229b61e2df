package dev.mistralready.checks.models;

import dev.mistralready.check.Location;
import java.util.Objects;

/**
 * A Mistral client the code creates, {@code new Mistral({...})} or {@code Mistral(...)}, with what
 * it sets for the request timeout and retries (client-wide, for every call made with it).
 *
 * @param written {@code new Mistral}, as the report shows it
 */
record ClientConstruction(Sdk sdk, String written, Location at, Parameter timeout, Parameter retries) {

    ClientConstruction {
        Objects.requireNonNull(sdk, "sdk");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retries, "retries");
    }

    String file() {
        return at.file();
    }

    /** LangChain4j, its Spring Boot starter or Spring AI: checked by {@link JvmResilienceRules}. */
    boolean jvm() {
        return sdk == Sdk.LANGCHAIN4J || sdk == Sdk.LANGCHAIN4J_SPRING || sdk == Sdk.SPRING_AI;
    }

    boolean legacy() {
        return sdk == Sdk.TYPESCRIPT_LEGACY || sdk == Sdk.PYTHON_LEGACY;
    }
}
