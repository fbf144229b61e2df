package dev.mistralready.checks.models;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Mistral model classes of LangChain4j ({@code dev.langchain4j.model.mistralai}) whose
 * builder is a request's configuration, and the endpoint each one calls: the chat and FIM models
 * take a model, max tokens and a temperature; the embedding and moderation models a model only.
 * Every one of them requires {@code .modelName(...)} ({@code ensureNotBlank} in each constructor,
 * {@code langchain4j/langchain4j@b8b809e}).
 */
enum LangChain4jModelClass {
    CHAT("MistralAiChatModel", Endpoint.CHAT),
    STREAMING_CHAT("MistralAiStreamingChatModel", Endpoint.CHAT),
    FIM("MistralAiFimModel", Endpoint.FIM),
    STREAMING_FIM("MistralAiStreamingFimModel", Endpoint.FIM),
    EMBEDDING("MistralAiEmbeddingModel", Endpoint.EMBEDDINGS),
    /** Built with {@code MistralAiModerationModel.builder()} or {@code new MistralAiModerationModel.Builder()}. */
    MODERATION("MistralAiModerationModel", Endpoint.MODERATION);

    private static final Map<String, LangChain4jModelClass> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(LangChain4jModelClass::simpleName, Function.identity()));

    private final String simpleName;
    private final Endpoint endpoint;

    LangChain4jModelClass(String simpleName, Endpoint endpoint) {
        this.simpleName = simpleName;
        this.endpoint = endpoint;
    }

    String simpleName() {
        return simpleName;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    /**
     * Whether the model generates text, so its builder's timeout and retries matter as a chat
     * model's do: chat and FIM (LangChain4j waits 60 s by default for both).
     */
    boolean generates() {
        return endpoint == Endpoint.CHAT || endpoint == Endpoint.FIM;
    }

    static Optional<LangChain4jModelClass> of(String simpleName) {
        return Optional.ofNullable(BY_NAME.get(simpleName));
    }

    static java.util.Set<String> simpleNames() {
        return BY_NAME.keySet();
    }
}
