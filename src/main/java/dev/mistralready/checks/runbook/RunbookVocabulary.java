package dev.mistralready.checks.runbook;

import java.util.List;

/**
 * The words of incident practice the runbook gate reads a runbook by: per topic, the words that say a
 * heading or a line of prose is about that incident, and those that say so only in a heading; and the
 * words that say the runbook is about the Mistral integration at all. Matched as {@link WordList} says: case-insensitively, at the start of a
 * word, {@code …} for up to three words. To teach the gate a word, add it here (and to the README's
 * table); a project adds its own with the gate's {@code topics} and {@code about} options.
 *
 * <p>Words that also mean something else in a runbook are left out or narrowed: bare {@code rotate}
 * (log rotation, on-call rotation), bare {@code page} (status page), bare {@code circuit}, bare
 * {@code 500} (500 requests a minute).
 */
final class RunbookVocabulary {

    private RunbookVocabulary() {
    }

    static final List<RunbookTopic> TOPICS = List.of(
            topic("rollback", "MR-RUN-001", "deploy failure and rollback", "Deploy failed: roll back",
                    words("rollback", "roll back", "rolled back", "rolling back", "revert", "undo", "redeploy … previous",
                            "last known good"),
                    headings("deploy failure", "deploy failed", "failed deploy", "bad deploy")),
            topic("health", "MR-RUN-002", "health check answering 503", "Health check returns 503",
                    words("503", "health check", "healthcheck", "health endpoint", "health probe", "unhealthy",
                            "readiness", "not ready", "service unavailable"),
                    headings("service down")),
            topic("circuit-breaker", "MR-RUN-003", "circuit breaker open", "Circuit breaker open",
                    words("circuit breaker", "breaker", "circuit open", "circuit is open", "fail fast", "failing fast",
                            "fallback"),
                    headings()),
            topic("error-rate", "MR-RUN-004", "high error rate", "High error rate (5xx from Mistral)",
                    words("error rate", "5xx", "500 error", "http 500", "internal server error", "elevated errors",
                            "elevated error", "error spike", "spike in errors", "error burst", "high error", "api down"),
                    headings("outage")),
            topic("auth", "MR-RUN-005", "401 and key rotation", "401 Unauthorized: rotate the API key",
                    words("401", "unauthorized", "unauthorised", "authentication … fail", "authentication … error",
                            "failed authentication", "invalid … key", "expired … key", "revoked … key", "key … expired",
                            "key … revoked", "key rotation", "rotate … key", "rotating … key", "rotate … credential"),
                    headings("authentication")),
            topic("rate-limit", "MR-RUN-006", "429 and rate limits", "429 Too Many Requests: rate limits",
                    words("429", "rate limit", "ratelimit", "too many requests", "throttl", "quota"),
                    headings()),
            topic("escalation", "MR-RUN-007", "escalation path", "Escalation",
                    words("escalat", "on call", "oncall", "pager", "paging", "page the", "page on call", "opsgenie",
                            "contact", "owner", "incident commander"),
                    headings()));

    /** What a runbook of the Mistral integration names somewhere: the provider, or the model it calls. */
    static final List<String> ABOUT = List.of("mistral", "llm", "model provider", "language model");

    private static RunbookTopic topic(String id, String ruleId, String name, String heading, List<String> words,
                                      List<String> headingWords) {
        return new RunbookTopic(id, ruleId, name, heading, new WordList(words), new WordList(headingWords));
    }

    /** Words that say a heading or a line of prose is about the topic. */
    private static List<String> words(String... words) {
        return List.of(words);
    }

    /** Words that say so only in a heading: in prose they are as often a severity example (service down, outage). */
    private static List<String> headings(String... words) {
        return List.of(words);
    }
}
