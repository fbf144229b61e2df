package dev.mistralready.checks.models;

import java.util.Map;
import java.util.Optional;

/**
 * Spring AI's {@code MistralAiApi.ChatModel} enum: the model id each constant sends
 * ({@code spring-projects/spring-ai} {@code models/spring-ai-mistral-ai/.../api/MistralAiApi.java}
 * at tag {@code v1.1.8} and at 2.0 HEAD {@code fd3fd6ec70}). Two constants changed their id in 2.0:
 * {@code MISTRAL_SMALL} ({@code mistral-small-latest} in 1.x, {@code mistral-small-2603} in 2.0) and
 * {@code MISTRAL_MEDIUM} ({@code mistral-medium-latest}, then {@code mistral-medium-3-5}). The file
 * does not say which release it compiles against, so those two are not guessed.
 */
final class SpringAiModelNames {

    static final String ENUM = "ChatModel";

    /** Constants that send the same id in 1.x and 2.0, or exist in one of them only. */
    private static final Map<String, String> IDS = Map.ofEntries(
            Map.entry("CODESTRAL", "codestral-latest"),
            Map.entry("MINISTRAL_3B", "ministral-3b-latest"),
            Map.entry("MINISTRAL_8B", "ministral-8b-latest"),
            Map.entry("MINISTRAL_14B", "ministral-14b-latest"),
            Map.entry("MISTRAL_LARGE", "mistral-large-latest"),
            // 1.x only
            Map.entry("MAGISTRAL_MEDIUM", "magistral-medium-latest"),
            Map.entry("DEVSTRAL_MEDIUM", "devstral-medium-latest"),
            Map.entry("PIXTRAL_LARGE", "pixtral-large-latest"),
            Map.entry("MAGISTRAL_SMALL", "magistral-small-latest"),
            Map.entry("DEVSTRAL_SMALL", "devstral-small-latest"),
            Map.entry("OPEN_MISTRAL_NEMO", "open-mistral-nemo"),
            Map.entry("LARGE", "mistral-large-latest"),
            Map.entry("SMALL", "mistral-small-latest"),
            Map.entry("MINISTRAL_3B_LATEST", "ministral-3b-latest"),
            Map.entry("MINISTRAL_8B_LATEST", "ministral-8b-latest"),
            Map.entry("PIXTRAL", "pixtral-12b-2409"));

    /** Constants whose id depends on the Spring AI release. */
    private static final Map<String, String> BY_RELEASE = Map.of(
            "MISTRAL_SMALL", "mistral-small-latest in Spring AI 1.x, mistral-small-2603 in 2.0",
            "MISTRAL_MEDIUM", "mistral-medium-latest in Spring AI 1.x, mistral-medium-3-5 in 2.0");

    /**
     * Spring AI's other model enums, by owner and name, and the id each constant sends; the same in
     * 1.1.8 and 2.0 ({@code MistralAiApi.EmbeddingModel}, {@code MistralAiModerationApi.Model},
     * {@code MistralOcrApi.OCRModel}).
     */
    private static final Map<String, Map<String, String>> OTHER_IDS = Map.of(
            "MistralAiApi.EmbeddingModel", Map.of("EMBED", "mistral-embed", "CODESTRAL_EMBED", "codestral-embed"),
            "MistralAiModerationApi.Model", Map.of("MISTRAL_MODERATION", "mistral-moderation-latest"),
            "MistralOcrApi.OCRModel", Map.of("MISTRAL_OCR_LATEST", "mistral-ocr-latest"));

    private SpringAiModelNames() {
    }

    static boolean isListed(String constant) {
        return IDS.containsKey(constant) || BY_RELEASE.containsKey(constant);
    }

    /** The id a constant sends in every Spring AI release that has it. */
    static Optional<String> id(String constant) {
        return Optional.ofNullable(IDS.get(constant));
    }

    /** For a constant whose id changed between releases, both ids, for the details. */
    static Optional<String> byRelease(String constant) {
        return Optional.ofNullable(BY_RELEASE.get(constant));
    }

    static boolean isOtherEnum(String ownerAndName) {
        return OTHER_IDS.containsKey(ownerAndName);
    }

    /** The id a constant of {@code MistralAiApi.EmbeddingModel}, {@code MistralAiModerationApi.Model} or {@code MistralOcrApi.OCRModel} sends. */
    static Optional<String> otherId(String ownerAndName, String constant) {
        return Optional.ofNullable(OTHER_IDS.getOrDefault(ownerAndName, Map.of()).get(constant));
    }
}
