package dev.mistralready.checks.models;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A model id shaped as another cloud writes Mistral's models: Google Cloud Vertex AI
 * ({@code mistral-large@2407}), Amazon Bedrock ({@code mistral.mistral-large-2407-v1:0},
 * {@code us.mistral.pixtral-large-2502-v1:0}) or Azure AI Foundry ({@code Mistral-Large-2411}).
 * Those clouds retire models on their own dates, so la Plateforme's catalogue does not judge them.
 * Plateforme ids are lower case and never carry {@code @} or a {@code mistral.} vendor prefix.
 */
enum CloudModelId {
    VERTEX("vertex", "Google Cloud", Pattern.compile("(?:.*/)?[a-z][a-z0-9.-]*@[a-z0-9.-]+")),
    BEDROCK("bedrock", "Amazon Bedrock", Pattern.compile(
            "(?:arn:aws[a-z-]*:bedrock:.*/)?(?:[a-z]{2,6}\\.)?mistral\\.[a-z0-9.-]+(?::[0-9]+)?")),
    AZURE("azure", "Azure", Pattern.compile(
            "(?=.*[A-Z])(?i:mistral|ministral|codestral|pixtral|magistral|devstral|voxtral)-[A-Za-z0-9.-]+"));

    private final String label;
    private final String cloud;
    private final Pattern shape;

    CloudModelId(String label, String cloud, Pattern shape) {
        this.label = label;
        this.cloud = cloud;
        this.shape = shape;
    }

    /** A client of Mistral's SDKs for Vertex AI or Azure, created or imported in a file. */
    private static final Pattern VERTEX_CLIENT = Pattern.compile(
            "\\b(?:MistralGCP|MistralGoogleCloud)\\s*\\(|\\bmistralai(?:_gcp|\\.gcp)\\b|@mistralai/mistralai-gcp\\b");
    private static final Pattern AZURE_CLIENT = Pattern.compile(
            "\\bMistralAzure\\s*\\(|\\bmistralai(?:_azure|\\.azure)\\b|@mistralai/mistralai-azure\\b");

    /**
     * The cloud a file's calls go to when it uses the SDK's Vertex AI or Azure client
     * ({@code MistralGCP(...)}, {@code from mistralai.azure.client import MistralAzure},
     * {@code @mistralai/mistralai-gcp}): there a plain id such as {@code mistral-small-2503} is
     * that cloud's model, on that cloud's dates.
     */
    static Optional<CloudModelId> clientIn(String text) {
        if (!mayNameCloudClient(text)) {
            return Optional.empty();
        }
        if (VERTEX_CLIENT.matcher(text).find()) {
            return Optional.of(VERTEX);
        }
        return AZURE_CLIENT.matcher(text).find() ? Optional.of(AZURE) : Optional.empty();
    }

    /**
     * Whether the text holds a word every match of the two client patterns holds. The patterns open
     * with {@code \b} and an alternation, which the regex engine tries at every character: on a
     * repository of code that never names Mistral that was four fifths of the gate's time.
     */
    private static boolean mayNameCloudClient(String text) {
        return text.contains("mistralai") || text.contains("MistralG") || text.contains("MistralAzure");
    }

    static Optional<CloudModelId> of(String id) {
        for (CloudModelId kind : values()) {
            if (kind.shape.matcher(id).matches()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** {@code vertex}, for the details. */
    String label() {
        return label;
    }

    /** {@code Google Cloud}: whose retirement dates apply. */
    String cloud() {
        return cloud;
    }
}
