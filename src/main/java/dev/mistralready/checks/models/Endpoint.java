package dev.mistralready.checks.models;

/**
 * Which Mistral endpoint a call reaches, and so which of the linted request parameters it takes:
 * a chat, FIM or conversation request has a model, max tokens and a temperature; an agent
 * completion's model is the agent (no {@code model}, no {@code temperature}: the agent holds
 * them); embeddings, OCR, moderation, classification and transcription take a model but neither
 * max tokens nor a temperature the lint asks for; nor do agent creation, a conversation run or
 * speech, which are checked for their model alone, and a conversation's continuation, which names
 * none and is only counted.
 */
enum Endpoint {
    CHAT("chat completion", true, true, true),
    FIM("FIM completion", true, true, true),
    AGENT("agent completion", false, true, false),
    /** {@code beta.conversations.start}: max tokens and temperature sit in {@code completion_args}. */
    CONVERSATION("conversation", true, true, true),
    EMBEDDINGS("embeddings", true, false, false),
    OCR("OCR", true, false, false),
    MODERATION("moderation", true, false, false),
    CLASSIFICATION("classification", true, false, false),
    TRANSCRIPTION("transcription", true, false, false),
    /**
     * {@code beta.agents.create} / {@code update}: the model the agent runs on; its
     * {@code completion_args} are the agent's defaults, a design choice, so only the model is checked.
     */
    AGENT_SETUP("agent creation", true, false, false),
    /**
     * {@code beta.conversations.run} and its stream and async forms: the model comes from the
     * {@code RunContext}, and is checked only when the call itself writes one.
     */
    CONVERSATION_RUN("conversation run", true, false, false),
    /**
     * {@code beta.conversations.append} / {@code restart} and their stream forms: they go on with a
     * conversation that exists, on its model and settings, so nothing is the call's to check; it is counted.
     */
    CONVERSATION_CONTINUATION("conversation continuation", false, false, false),
    /** {@code audio.speech.complete} / {@code stream} (text to speech): the model only. */
    SPEECH("speech", true, false, false);

    private final String label;
    private final boolean namesModel;
    private final boolean takesMaxTokens;
    private final boolean takesTemperature;

    Endpoint(String label, boolean namesModel, boolean takesMaxTokens, boolean takesTemperature) {
        this.label = label;
        this.namesModel = namesModel;
        this.takesMaxTokens = takesMaxTokens;
        this.takesTemperature = takesTemperature;
    }

    String label() {
        return label;
    }

    /** Whether the request names a model id (an agent completion names the agent instead). */
    boolean namesModel() {
        return namesModel;
    }

    /** Whether a missing max tokens is a runaway reply (MR-MOD-006). */
    boolean takesMaxTokens() {
        return takesMaxTokens;
    }

    /** Whether the request's sampling temperature is the app's to set (MR-MOD-007, MR-MOD-008). */
    boolean takesTemperature() {
        return takesTemperature;
    }
}
