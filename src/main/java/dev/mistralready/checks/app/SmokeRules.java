package dev.mistralready.checks.app;

/** The rule ids of the {@code http-smoke} gate; stable, documented in the README. */
final class SmokeRules {

    /** The variable of {@code url-env}, or one a header uses, is not set (and the gate is required). */
    static final String MISSING_VARIABLE = "MR-SMK-001";
    /** That variable's value cannot be used: not an http(s) URL, or not sendable in a header. */
    static final String UNUSABLE_VARIABLE = "MR-SMK-002";
    /** No HTTP answer: timeout, refused connection, DNS, TLS. */
    static final String UNREACHABLE = "MR-SMK-003";
    /** Any status but 2xx: 4xx, 5xx, a redirect (never followed). */
    static final String ERROR_STATUS = "MR-SMK-004";
    /** A 2xx whose body is not JSON. */
    static final String NOT_JSON = "MR-SMK-005";
    /** Nothing at {@code expect-pointer}. */
    static final String NO_ANSWER = "MR-SMK-006";
    /** At {@code expect-pointer}: an empty string, or not a string at all. */
    static final String EMPTY_ANSWER = "MR-SMK-007";

    /**
     * The URL of {@code url-env} is plain http to a host that is not loopback, and the request would
     * carry a secret (a header with a variable, or the URL's query): nothing is sent.
     */
    static final String IN_CLEAR = "MR-SMK-008";

    /** Both prompts were answered with the same text: a canned fallback, not the model. */
    static final String CANNED = "MR-SMK-009";
    /** The answer matches a pattern of {@code reject}: the app's fallback message. */
    static final String REJECTED = "MR-SMK-010";
    /** A stream that did not end: it timed out, broke off, or ran past the byte limit. */
    static final String INCOMPLETE_STREAM = "MR-SMK-011";
    /** A stream that reported an error (an {@code error} event, or data with an {@code error}). */
    static final String STREAM_ERROR = "MR-SMK-012";

    static final TargetRules TARGET = new TargetRules(MISSING_VARIABLE, UNUSABLE_VARIABLE, IN_CLEAR, UNREACHABLE);

    private SmokeRules() {
    }
}
