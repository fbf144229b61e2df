package dev.mistralready.checks.models;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * LangChain4j's model name enums and the model id each constant sends
 * ({@code langchain4j/langchain4j@b8b809e}, {@code langchain4j-mistral-ai/.../MistralAiChatModelName.java},
 * {@code MistralAiEmbeddingModelName.java}, {@code MistralAiFimModelName.java}; research notes section
 * 3.4). The moderation model has no enum: its builder takes a string. A chat constant not listed
 * here (one of an older or newer LangChain4j) is read by the enum's naming rule, lower case with
 * hyphens, but only when the catalogue knows the result: a guess is never reported as an unknown model.
 */
final class LangChain4jModelNames {

    static final String ENUM = "MistralAiChatModelName";
    static final String EMBEDDING_ENUM = "MistralAiEmbeddingModelName";
    static final String FIM_ENUM = "MistralAiFimModelName";
    static final Set<String> ENUMS = Set.of(ENUM, EMBEDDING_ENUM, FIM_ENUM);

    private static final Map<String, Map<String, String>> IDS = Map.of(
            ENUM, Map.ofEntries(
                    Map.entry("OPEN_MISTRAL_7B", "open-mistral-7b"),
                    Map.entry("OPEN_MIXTRAL_8X22B", "open-mixtral-8x22b"),
                    Map.entry("MISTRAL_SMALL_LATEST", "mistral-small-latest"),
                    Map.entry("MISTRAL_MEDIUM_LATEST", "mistral-medium-latest"),
                    Map.entry("MISTRAL_LARGE_LATEST", "mistral-large-latest"),
                    Map.entry("MAGISTRAL_SMALL_LATEST", "magistral-small-latest"),
                    Map.entry("MAGISTRAL_MEDIUM_LATEST", "magistral-medium-latest"),
                    Map.entry("MISTRAL_MODERATION_LATEST", "mistral-moderation-latest"),
                    Map.entry("OPEN_MISTRAL_NEMO", "open-mistral-nemo"),
                    Map.entry("CODESTRAL_LATEST", "codestral-latest"),
                    Map.entry("VOXTRAL_SMALL_LATEST", "voxtral-small-latest")),
            EMBEDDING_ENUM, Map.of("MISTRAL_EMBED", "mistral-embed"),
            FIM_ENUM, Map.of(
                    "CODESTRAL_LATEST", "codestral-latest",
                    "OPEN_CODESTRAL_MAMBA", "open-codestral-mamba"));

    private LangChain4jModelNames() {
    }

    static boolean isListed(String enumName, String constant) {
        return IDS.getOrDefault(enumName, Map.of()).containsKey(constant);
    }

    /** The id a chat model constant sends, if it is listed or its derived id is in the catalogue. */
    static Optional<String> id(String constant, ModelCatalogue catalogue) {
        return id(ENUM, constant, catalogue);
    }

    /** The id a constant of {@code enumName} sends, if it is listed or its derived id is in the catalogue. */
    static Optional<String> id(String enumName, String constant, ModelCatalogue catalogue) {
        String listed = IDS.getOrDefault(enumName, Map.of()).get(constant);
        if (listed != null) {
            return Optional.of(listed);
        }
        String derived = constant.toLowerCase(Locale.ROOT).replace('_', '-');
        return catalogue.lookup(derived).isPresent() ? Optional.of(derived) : Optional.empty();
    }
}
