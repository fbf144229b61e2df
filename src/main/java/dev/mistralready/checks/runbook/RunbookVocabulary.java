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
 * {@code 500} (500 requests a minute), bare {@code quota} (a Kubernetes resource quota), bare {@code throttl}
 * (CPU throttling, throttling our own users), bare {@code outage} (it is the health and fallback topics'
 * incident more than the error rate's), and {@code error rate} in prose (a metric on a dashboard).
 */
final class RunbookVocabulary {

    private RunbookVocabulary() {
    }

    static final List<RunbookTopic> TOPICS = List.of(
            topic("rollback", "MR-RUN-001", "deploy failure and rollback", "Deploy failed: roll back",
                    words("rollback", "roll back", "rolled back", "rolling back", "revert", "undo", "redeploy … previous",
                            "last known good"),
                    headings("deploy failure", "deploy failed", "failed deploy", "bad deploy"),
                    nearProvider()),
            topic("health", "MR-RUN-002", "health check answering 503", "Health check returns 503",
                    words("503", "health check", "healthcheck", "health endpoint", "health probe", "unhealthy",
                            "readiness", "not ready", "service unavailable"),
                    headings("service down"),
                    nearProvider()),
            topic("circuit-breaker", "MR-RUN-003", "circuit breaker open", "Circuit breaker open",
                    words("circuit breaker", "breaker", "circuit open", "circuit is open", "fail fast", "failing fast",
                            "fallback"),
                    headings(),
                    nearProvider()),
            topic("error-rate", "MR-RUN-004", "high error rate", "High error rate (5xx from Mistral)",
                    words("elevated errors", "elevated error", "error spike", "spike in errors", "error burst", "high error",
                            "increased error", "error rate … high", "error rate … spik", "error rate … increas",
                            "error rate … above", "error rate … exceed", "api down"),
                    headings("error rate"),
                    nearProvider("5xx", "500 error", "http 500", "internal server error")),
            topic("auth", "MR-RUN-005", "401 and key rotation", "401 Unauthorized: rotate the API key",
                    words("401"),
                    headings("authentication"),
                    nearProvider("unauthorized", "unauthorised", "authentication … fail", "authentication … error",
                            "failed authentication", "invalid … key", "expired … key", "revoked … key", "key … expired",
                            "key … revoked", "key rotation", "rotate … key", "rotating … key", "rotate … credential")),
            topic("rate-limit", "MR-RUN-006", "429 and rate limits", "429 Too Many Requests: rate limits",
                    words("429", "too many requests", "quota … exceed", "exceed … quota", "quota … exhaust", "out of quota",
                            "over quota", "throttled by"),
                    headings(),
                    nearProvider("rate limit", "ratelimit")),
            topic("escalation", "MR-RUN-007", "escalation path", "Escalation",
                    words("escalat", "on call", "oncall", "pager", "paging", "page the", "page on call", "opsgenie",
                            "contact", "owner", "incident commander"),
                    headings(),
                    nearProvider()));

    /**
     * What says a section is about the model provider, for the words of {@link #TOPICS} that count only
     * there: rate limits and credentials are as often the service's own (its rate limiter, a database
     * password) as the provider's. The gate's {@code about} words count too.
     */
    static final List<String> PROVIDER = List.of("mistral", "llm", "model provider", "language model", "provider",
            "vendor", "upstream", "third party", "external api", "api key", "openai", "anthropic", "gemini", "vertex ai");

    /**
     * Headings of sections that do not say what to do in an incident, so naming a topic there does not
     * cover it: plans and wishes, objectives, designs, and the lists of causes an alert may have.
     */
    static final List<String> NOT_INCIDENT_SECTIONS = List.of("future work", "roadmap", "todo", "backlog",
            "recommendation", "improvement", "long term", "prevention", "lessons learned", "follow up", "post incident",
            "service level objective", "slos", "design doc", "design decision", "cause", "why did it fail");

    /** ... unless the heading also says what to do: "Common causes and fixes". */
    static final List<String> INCIDENT_SECTIONS = List.of("fix", "action", "resolution", "resolve", "mitigat",
            "response", "respond", "what to do", "remediat", "recover", "steps");

    /**
     * Verbs that, up to three words before a topic's word, make the line a suggestion to build the thing
     * ("implement a circuit breaker", "add rate limiting"), not a step to take. Whole words only.
     */
    static final List<String> SUGGESTION = List.of("implement", "implementing", "add", "adding", "introduce",
            "introducing", "adopt", "adopting", "build", "building");

    /** What a runbook of the Mistral integration names somewhere: the provider, or the model it calls. */
    static final List<String> ABOUT = List.of("mistral", "llm", "model provider", "language model");

    private static RunbookTopic topic(String id, String ruleId, String name, String heading, List<String> words,
                                      List<String> headingWords, List<String> providerWords) {
        return new RunbookTopic(id, ruleId, name, heading, new WordList(words), new WordList(headingWords),
                new WordList(providerWords));
    }

    /** Words that say a heading or a line of prose is about the topic. */
    private static List<String> words(String... words) {
        return List.of(words);
    }

    /** Words that say so only in a heading: in prose they are as often a severity example or a metric (service down, error rate). */
    private static List<String> headings(String... words) {
        return List.of(words);
    }

    /** Words that say so only in a section that names the provider (see {@link #PROVIDER}). */
    private static List<String> nearProvider(String... words) {
        return List.of(words);
    }
}
