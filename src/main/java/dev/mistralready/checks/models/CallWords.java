package dev.mistralready.checks.models;

import java.util.List;

/**
 * The words without which a Python or TS/JS file holds no Mistral client or call that the lint can
 * see, so that a file without any is not tokenised: most files of an application. Every import,
 * class, provider, host and LiteLLM model prefix the lint reads spells {@code mistral} or
 * {@code codestral} ({@code Mistral}, {@code ChatMistralAI}, {@code @ai-sdk/mistral},
 * {@code api.mistral.ai}, {@code codestral/}), and the official SDK's own method paths, which count
 * on any receiver, begin with {@code chat}, {@code fim}, {@code agents} or {@code beta.conversations}.
 * A kind of call the lint learns that none of these reach must add its word here.
 */
final class CallWords {

    /** "stral" is in mistral and codestral, in the cases the lint reads them (Mistral, ChatMistralAI). */
    private static final List<String> WORDS = List.of("stral", "STRAL", "chat", "fim", "agents", "conversations");

    private CallWords() {
    }

    static boolean mayHoldCalls(String text) {
        for (String word : WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
