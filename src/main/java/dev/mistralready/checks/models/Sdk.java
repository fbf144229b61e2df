package dev.mistralready.checks.models;

/** The Mistral client a call is made with, and how it spells the request parameters. */
enum Sdk {
    TYPESCRIPT("@mistralai/mistralai", "maxTokens", "max_tokens", "maxTokens: 1024"),
    TYPESCRIPT_LEGACY("@mistralai/mistralai 0.x MistralClient", "maxTokens", "max_tokens", "maxTokens: 1024"),
    PYTHON("mistralai", "max_tokens", "maxTokens", "max_tokens=1024"),
    PYTHON_LEGACY("mistralai 0.x MistralClient", "max_tokens", "maxTokens", "max_tokens=1024");

    private final String label;
    private final String maxTokens;
    private final String otherSpelling;
    private final String maxTokensExample;

    Sdk(String label, String maxTokens, String otherSpelling, String maxTokensExample) {
        this.label = label;
        this.maxTokens = maxTokens;
        this.otherSpelling = otherSpelling;
        this.maxTokensExample = maxTokensExample;
    }

    String label() {
        return label;
    }

    /** The SDK's own name for the max tokens parameter. */
    String maxTokens() {
        return maxTokens;
    }

    /** The other SDKs' spelling, which this one ignores or rejects. */
    String otherMaxTokensSpelling() {
        return otherSpelling;
    }

    String maxTokensExample() {
        return maxTokensExample;
    }

    String temperatureExample() {
        return this == PYTHON || this == PYTHON_LEGACY ? "temperature=0.3" : "temperature: 0.3";
    }
}
