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
