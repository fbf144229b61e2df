package dev.mistralready.checks.models;

import java.util.Optional;

/** The Mistral client a call is made with, and how it spells the request parameters. */
enum Sdk {
    TYPESCRIPT("@mistralai/mistralai", "maxTokens", "max_tokens", "maxTokens: 1024"),
    TYPESCRIPT_LEGACY("@mistralai/mistralai 0.x MistralClient", "maxTokens", "max_tokens", "maxTokens: 1024"),
    PYTHON("mistralai", "max_tokens", "maxTokens", "max_tokens=1024"),
    PYTHON_LEGACY("mistralai 0.x MistralClient", "max_tokens", "maxTokens", "max_tokens=1024"),
    LANGCHAIN4J("LangChain4j", "maxTokens", "maxOutputTokens", ".maxTokens(1024)"),
    /** Spring AI's properties; the call's callee is the prefix in use, 1.x ({@code .options}) or 2.0. */
    SPRING_AI("Spring AI", "max-tokens", "max-completion-tokens", "max-tokens: 1024"),
    /** The LangChain4j Spring Boot starter's properties; the callee is the prefix in use. */
    LANGCHAIN4J_SPRING("LangChain4j Spring Boot starter", "max-tokens", "max-completion-tokens", "max-tokens: 1024"),
    /** The Node {@code openai} client with Mistral's base URL: Mistral reads {@code max_tokens} only. */
    OPENAI_TYPESCRIPT("openai (Node) pointed at Mistral", "max_tokens", "max_completion_tokens", "max_tokens: 1024"),
    OPENAI_PYTHON("openai (Python) pointed at Mistral", "max_tokens", "max_completion_tokens", "max_tokens=1024"),
    /** {@code new ChatMistralAI({...})} of {@code @langchain/mistralai}: the options are the constructor's. */
    LANGCHAIN_JS("LangChain.js ChatMistralAI", "maxTokens", "max_tokens", "maxTokens: 1024"),
    LANGCHAIN_PYTHON("LangChain ChatMistralAI", "max_tokens", "maxTokens", "max_tokens=1024"),
    /** {@code generateText}/{@code streamText} of the AI SDK with a {@code @ai-sdk/mistral} model; 4.x read {@code maxTokens}. */
    VERCEL_AI("Vercel AI SDK", "maxOutputTokens", "max_tokens", "maxOutputTokens: 1024"),
    /** Spring AI in Java code: a {@code MistralAiChatOptions.builder()} chain (1.x and 2.0 spell it alike). */
    SPRING_AI_OPTIONS("Spring AI MistralAiChatOptions", "maxTokens", "maxCompletionTokens", ".maxTokens(1024)"),
    /** {@code MistralAI(...)} of {@code llama_index.llms.mistralai}: the constructor's keyword arguments. */
    LLAMA_INDEX("LlamaIndex MistralAI", "max_tokens", "maxTokens", "max_tokens=1024"),
    /** LiteLLM's {@code completion(model="mistral/...")} and {@code acompletion(...)}. */
    LITELLM("LiteLLM", "max_tokens", "maxTokens", "max_tokens=1024"),
    /** Haystack's {@code MistralChatGenerator(...)}: request parameters go in {@code generation_kwargs}. */
    HAYSTACK("Haystack MistralChatGenerator", "max_tokens", "maxTokens", "generation_kwargs={\"max_tokens\": 1024}"),
    /** CrewAI's {@code LLM(model="mistral/...")}, which calls LiteLLM. */
    CREWAI("CrewAI LLM", "max_tokens", "maxTokens", "max_tokens=1024"),
    /** A request to {@code api.mistral.ai} without an SDK ({@link HttpCalls}): the JSON body, in the API's snake_case. */
    HTTP("HTTP to api.mistral.ai", "max_tokens", "maxTokens", "\"max_tokens\": 1024"),
    /** Spring AI's low-level {@code MistralAiApi} / {@code MistralOcrApi}: a request record's constructor arguments. */
    SPRING_AI_API("Spring AI MistralAiApi", "maxTokens", "maxCompletionTokens", "1024 as `maxTokens`");

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
        return switch (this) {
            case PYTHON, PYTHON_LEGACY, OPENAI_PYTHON, LANGCHAIN_PYTHON, LLAMA_INDEX, LITELLM, CREWAI -> "temperature=0.3";
            case HAYSTACK -> "generation_kwargs={\"temperature\": 0.3}";
            case HTTP -> "\"temperature\": 0.3";
            case LANGCHAIN4J, SPRING_AI_OPTIONS -> ".temperature(0.3)";
            case SPRING_AI_API -> "0.3 as `temperature`";
            default -> "temperature: 0.3";
        };
    }

    /** How to set max tokens on {@code callee}, in this SDK's own words. */
    String maxTokensFix(String callee) {
        return switch (this) {
            case LANGCHAIN4J -> "Add `" + maxTokensExample + "` to the builder (sized to the longest reply you need).";
            case SPRING_AI_OPTIONS -> springAiModel(callee)
                    ? "Add `" + maxTokensExample + "` to the options `" + callee + "` is given (`.options(MistralAiChatOptions"
                    + ".builder()...build())`, 1.x `.defaultOptions(...)`), sized to the longest reply you need."
                    : "Add `" + maxTokensExample + "` to the `" + callee + "` chain (sized to the longest reply you need).";
            case SPRING_AI, LANGCHAIN4J_SPRING -> "Set `" + callee + "." + maxTokens
                    + "`, e.g. to 1024 (sized to the longest reply you need)" + springAiOneNote(callee, maxTokens) + ".";
            case SPRING_AI_API -> "Pass 1024 as `maxTokens` (the 7th argument of `new ChatCompletionRequest(...)`) to `"
                    + callee + "` (sized to the longest reply you need).";
            case HAYSTACK -> "Add `\"max_tokens\": 1024` to the `generation_kwargs` of `" + callee
                    + "` (sized to the longest reply you need).";
            case LANGCHAIN_JS, LANGCHAIN_PYTHON, LLAMA_INDEX, LITELLM, CREWAI -> "Set `" + maxTokensExample + "` on `" + callee
                    + "` (sized to the longest reply you need).";
            case VERCEL_AI -> "Pass `" + maxTokensExample + "` (AI SDK 4.x: `maxTokens: 1024`) to `" + callee
                    + "` (sized to the longest reply you need).";
            case HTTP -> "Add `" + maxTokensExample + "` to the request body sent by `" + callee
                    + "` (sized to the longest reply you need).";
            default -> "Pass `" + maxTokensExample + "` (sized to the longest reply you need) on every chat call.";
        };
    }

    /**
     * What this SDK or framework sends as the temperature when the code sets none, as a finding
     * says it; empty when it sends none and the model's own default applies. Sources: LangChain
     * Python and JS default 0.7 (research notes 3.6, 3.7); the AI SDK sent 0 up to 4.x and nothing
     * from 5.0 (its settings docs); LlamaIndex's {@code DEFAULT_TEMPERATURE} is 0.1
     * ({@code llama_index.core.constants}); Spring AI's chat options default to 0.7 in 2.0 and its
     * chat model's default options and properties to 0.7 in 1.x (research notes 3.5).
     */
    Optional<String> defaultTemperature() {
        return switch (this) {
            case LANGCHAIN_PYTHON, LANGCHAIN_JS -> Optional.of("LangChain sends 0.7");
            case VERCEL_AI -> Optional.of("AI SDK 4.x sends 0; from 5.0 it sends none and the model's default applies");
            case LLAMA_INDEX -> Optional.of("LlamaIndex sends 0.1");
            case SPRING_AI -> Optional.of("Spring AI sends 0.7");
            case SPRING_AI_OPTIONS -> Optional.of("Spring AI sends 0.7 (the default of these options in 2.0, "
                    + "of the chat model's default options in 1.x)");
            default -> Optional.empty();
        };
    }

    /** How to set the temperature on {@code callee}, in this SDK's own words. */
    String temperatureFix(String callee) {
        return switch (this) {
            case LANGCHAIN4J -> "Add `" + temperatureExample() + "` to the builder (Mistral recommends 0.0 to 0.7).";
            case SPRING_AI_OPTIONS -> springAiModel(callee)
                    ? "Add `" + temperatureExample() + "` to the options `" + callee + "` is given (Mistral recommends 0.0 to 0.7)."
                    : "Add `" + temperatureExample() + "` to the `" + callee + "` chain (Mistral recommends 0.0 to 0.7).";
            case SPRING_AI_API -> "Pass 0.3 as `temperature` in the `ChatCompletionRequest` of `" + callee
                    + "` (Mistral recommends 0.0 to 0.7).";
            case HAYSTACK -> "Add `\"temperature\": 0.3` to the `generation_kwargs` of `" + callee
                    + "` (Mistral recommends 0.0 to 0.7).";
            case HTTP -> "Add `" + temperatureExample() + "` to the request body sent by `" + callee
                    + "` (Mistral recommends 0.0 to 0.7).";
            case SPRING_AI, LANGCHAIN4J_SPRING -> "Set `" + callee + ".temperature` explicitly, e.g. to 0.3 "
                    + "(Mistral recommends 0.0 to 0.7)" + springAiOneNote(callee, "temperature") + ".";
            default -> "Set `" + temperatureExample() + "` explicitly (Mistral recommends 0.0 to 0.7).";
        };
    }

    /** Whether a Spring AI call is a chat model's builder, whose parameters sit in the options it is given. */
    private static boolean springAiModel(String callee) {
        return callee.endsWith("Model.builder()");
    }

    /** Spring AI 1.x reads its options one level down: say so when suggesting the 2.0 key. */
    private String springAiOneNote(String callee, String key) {
        return this == SPRING_AI && !callee.endsWith(".options")
                ? "; Spring AI 1.x reads `" + callee + ".options." + key + "` instead" : "";
    }
}
