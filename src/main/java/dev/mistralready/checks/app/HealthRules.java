package dev.mistralready.checks.app;

/** The rule ids of the {@code http-health} gate; stable, documented in the README. */
final class HealthRules {

    /** The variable of {@code url-env}, or one a header uses, is not set (and the gate is required). */
    static final String MISSING_VARIABLE = "MR-HLT-001";
    /** That variable's value cannot be used: not an http(s) URL, or not sendable in a header. */
    static final String UNUSABLE_VARIABLE = "MR-HLT-002";
    /** No HTTP answer: timeout, refused connection, DNS, TLS. */
    static final String UNREACHABLE = "MR-HLT-003";
    /** A status other than {@code expect-status} (and not 503): a redirect (never followed), 404, 500, ... */
    static final String UNEXPECTED_STATUS = "MR-HLT-004";
    /** 503, or a body with {@code "status": "unhealthy"}. */
    static final String UNHEALTHY = "MR-HLT-005";
    /** A body with {@code "status": "degraded"} (a warning). */
    static final String DEGRADED = "MR-HLT-006";
    /** The answer came slower than {@code degraded-after} (a warning). */
    static final String SLOW = "MR-HLT-007";
    /** The body is not the health JSON: not JSON, or without a valid {@code status} or {@code provider}. */
    static final String MALFORMED = "MR-HLT-008";
    /** The body names a provider other than {@code mistral}. */
    static final String OTHER_PROVIDER = "MR-HLT-009";

    /**
     * The URL of {@code url-env} is plain http to a host that is not loopback, and the request would
     * carry a secret (a header with a variable, or the URL's query): nothing is sent.
     */
    static final String IN_CLEAR = "MR-HLT-010";

    static final TargetRules TARGET = new TargetRules(MISSING_VARIABLE, UNUSABLE_VARIABLE, IN_CLEAR, UNREACHABLE);

    private HealthRules() {
    }
}
