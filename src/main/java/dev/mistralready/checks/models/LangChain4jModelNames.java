package dev.mistralready.checks.models;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * LangChain4j's {@code MistralAiChatModelName} enum: the model id each constant sends
 * ({@code langchain4j/langchain4j@b8b809e}, research notes section 3.4). A constant not listed
 * here (one of an older or newer LangChain4j) is read by the enum's naming rule, lower case with
 * hyphens, but only when the catalogue knows the result: a guess is never reported as an unknown model.
 */
final class LangChain4jModelNames {

    static final String ENUM = "MistralAiChatModelName";

    private static final Map<String, String> IDS = Map.ofEntries(
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
            Map.entry("VOXTRAL_SMALL_LATEST", "voxtral-small-latest"));

    private LangChain4jModelNames() {
    }

    static boolean isListed(String constant) {
        return IDS.containsKey(constant);
    }

    /** The id a constant sends, if it is listed or its derived id is in the catalogue. */
    static Optional<String> id(String constant, ModelCatalogue catalogue) {
        String listed = IDS.get(constant);
        if (listed != null) {
            return Optional.of(listed);
        }
        String derived = constant.toLowerCase(Locale.ROOT).replace('_', '-');
        return catalogue.lookup(derived).isPresent() ? Optional.of(derived) : Optional.empty();
    }
}
