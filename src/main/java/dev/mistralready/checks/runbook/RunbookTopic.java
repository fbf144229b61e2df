package dev.mistralready.checks.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A situation the incident runbook must cover: its id in {@code topics:} and {@code skip:}, its
 * stable rule id, the heading suggested when it is missing, and the words that make a heading count.
 *
 * @param words matched case-insensitively at the start of a word of a heading; {@code -} and {@code _}
 *              count as spaces, so {@code on call} also matches {@code On-call}
 */
record RunbookTopic(String id, String ruleId, String name, String heading, List<String> words) {

    static final List<RunbookTopic> DEFAULTS = List.of(
            new RunbookTopic("rollback", "MR-RUN-001", "deploy failure and rollback", "Deploy failed: roll back",
                    List.of("rollback", "roll back", "rollout undo", "deploy failure", "deploy failed", "failed deploy",
                            "bad deploy", "revert")),
            new RunbookTopic("health", "MR-RUN-002", "health check answering 503", "Health check returns 503",
                    List.of("503", "health check", "healthcheck", "health endpoint", "unhealthy", "readiness")),
            new RunbookTopic("circuit-breaker", "MR-RUN-003", "circuit breaker open", "Circuit breaker open",
                    List.of("circuit breaker", "circuit", "breaker")),
            new RunbookTopic("error-rate", "MR-RUN-004", "high error rate", "High error rate (5xx from Mistral)",
                    List.of("error rate", "5xx", "500", "elevated errors", "api down", "outage")),
            new RunbookTopic("auth", "MR-RUN-005", "401 and key rotation", "401 Unauthorized: rotate the API key",
                    List.of("401", "unauthorized", "unauthorised", "key rotation", "rotate", "authentication")),
            new RunbookTopic("rate-limit", "MR-RUN-006", "429 and rate limits", "429 Too Many Requests: rate limits",
                    List.of("429", "rate limit", "too many requests", "throttl", "quota")),
            new RunbookTopic("escalation", "MR-RUN-007", "escalation path", "Escalation",
                    List.of("escalation", "escalate", "on call", "oncall", "pager", "contacts")));

    /** The rule of a rollback section that names no command (no code span or code block). */
    static final String NO_ROLLBACK_COMMAND = "MR-RUN-008";

    RunbookTopic {
        words = List.copyOf(words);
    }

    static List<String> ids() {
        return DEFAULTS.stream().map(RunbookTopic::id).toList();
    }

    RunbookTopic withWords(List<String> replaced) {
        return new RunbookTopic(id, ruleId, name, heading, replaced);
    }

    /** Whether a heading's text names this topic. */
    boolean isNamedBy(String headingText) {
        String text = normalise(headingText);
        for (String word : words) {
            if (wordPattern(word).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern wordPattern(String word) {
        String normalised = normalise(word);
        String end = Character.isDigit(normalised.charAt(normalised.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "";
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(normalised) + end);
    }

    /** Lower case, Markdown emphasis and code marks dropped, {@code -} and {@code _} as spaces, spaces collapsed. */
    static String normalise(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("[`*]", "").replaceAll("[-_]", " ");
        return plain.replaceAll("\\s+", " ").strip();
    }

    /** The words given for a topic in {@code topics:}: not empty, none blank. */
    static List<String> checkedWords(String topic, List<String> words) {
        if (words == null || words.isEmpty()) {
            throw new IllegalArgumentException("`topics." + topic + "` needs at least one word, e.g. [" + topic + "]");
        }
        List<String> checked = new ArrayList<>();
        for (String word : words) {
            if (word == null || normalise(word).isEmpty()) {
                throw new IllegalArgumentException("`topics." + topic + "` has an empty word; give words a heading "
                        + "would contain, e.g. [" + topic + "]");
            }
            checked.add(word.strip());
        }
        return List.copyOf(checked);
    }
}
