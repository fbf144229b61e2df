package dev.mistralready.checks.models;

import dev.mistralready.check.Location;
import java.util.Objects;
import java.util.Optional;

/**
 * A Mistral client the code creates, {@code new Mistral({...})} or {@code Mistral(...)}, with what
 * it sets for the request timeout and retries (client-wide, for every call made with it).
 *
 * @param written {@code new Mistral}, as the report shows it
 * @param name    the name the file assigns the client to ({@code client = Mistral(...)}), if any
 */
record ClientConstruction(Sdk sdk, String written, Location at, Parameter timeout, Parameter retries,
                          Optional<String> name) {

    ClientConstruction(Sdk sdk, String written, Location at, Parameter timeout, Parameter retries) {
        this(sdk, written, at, timeout, retries, Optional.empty());
    }

    ClientConstruction {
        Objects.requireNonNull(name, "name");
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
