package dev.mistralready.checks.models;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
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

    /** How a file creates or imports Mistral's SDK for Vertex AI, and for Azure. */
    private static final List<ClientName> VERTEX_CLIENT = List.of(
            ClientName.word("MistralG", "MistralG(?:CP|oogleCloud)\\s*\\("),
            ClientName.word("mistralai", "mistralai(?:_gcp|\\.gcp)\\b"),
            ClientName.anywhere("@mistralai/mistralai-gcp", "@mistralai/mistralai-gcp\\b"));
    private static final List<ClientName> AZURE_CLIENT = List.of(
            ClientName.word("MistralAzure", "MistralAzure\\s*\\("),
            ClientName.word("mistralai", "mistralai(?:_azure|\\.azure)\\b"),
            ClientName.anywhere("@mistralai/mistralai-azure", "@mistralai/mistralai-azure\\b"));

    /**
     * The cloud a file's calls go to when it uses the SDK's Vertex AI or Azure client
     * ({@code MistralGCP(...)}, {@code from mistralai.azure.client import MistralAzure},
     * {@code @mistralai/mistralai-gcp}): there a plain id such as {@code mistral-small-2503} is
     * that cloud's model, on that cloud's dates.
     */
    static Optional<CloudModelId> clientIn(String text) {
        if (VERTEX_CLIENT.stream().anyMatch(name -> name.in(text))) {
            return Optional.of(VERTEX);
        }
        return AZURE_CLIENT.stream().anyMatch(name -> name.in(text)) ? Optional.of(AZURE) : Optional.empty();
    }

    /**
     * A client's name: the literal every match opens with, found with {@code indexOf}, and the
     * pattern tried only there. A pattern that opens with {@code \b} and an alternation is tried at
     * every character instead: in the SDK's own repository, whose every file names {@code mistralai},
     * that was half of the gate's time.
     */
    private record ClientName(String literal, boolean atWordStart, Pattern from) {
        static ClientName word(String literal, String pattern) {
            return new ClientName(literal, true, Pattern.compile(pattern));
        }

        static ClientName anywhere(String literal, String pattern) {
            return new ClientName(literal, false, Pattern.compile(pattern));
        }

        boolean in(String text) {
            Matcher matcher = null;
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                if (atWordStart && at > 0 && isWordCharacter(text.charAt(at - 1))) {
                    continue;
                }
                if (matcher == null) {
                    matcher = from.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (matcher.region(at, text.length()).lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        /** As {@code \b} sees it. */
        private static boolean isWordCharacter(char c) {
            return c == '_' || Character.isLetterOrDigit(c);
        }
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
