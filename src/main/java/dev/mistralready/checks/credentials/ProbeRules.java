package dev.mistralready.checks.credentials;

/** The rule ids of the {@code credential-probe} gate; stable, documented in the README. */
final class ProbeRules {

    /** The key's environment variable is not set (and the key is required). */
    static final String MISSING_KEY = "MR-KEY-001";
    /** 401: the key is wrong, revoked, expired or from another workspace. */
    static final String UNAUTHORIZED = "MR-KEY-002";
    /** 403: the key is valid but not allowed (workspace permissions, tier). */
    static final String FORBIDDEN = "MR-KEY-003";
    /** 402: billing. */
    static final String PAYMENT_REQUIRED = "MR-KEY-004";
    /** 429: rate or spending limit (a warning). */
    static final String RATE_LIMITED = "MR-KEY-005";
    /** 5xx: the API is failing. */
    static final String SERVER_ERROR = "MR-KEY-006";
    /** No HTTP answer: timeout, refused connection, DNS, TLS. */
    static final String UNREACHABLE = "MR-KEY-007";
    /** 2xx whose body is not a model list. */
    static final String MALFORMED = "MR-KEY-008";
    /** Any other status: a redirect (never followed), 404, 400, ... */
    static final String UNEXPECTED_STATUS = "MR-KEY-009";
    /** A model named in {@code require-models} is not visible to the key. */
    static final String MISSING_MODEL = "MR-KEY-010";
    /** The answer came slower than {@code degraded-after} (a warning). */
    static final String SLOW = "MR-KEY-011";
    /** The key's value cannot be sent in a header (a line break, a non-ASCII character). */
    static final String UNSENDABLE_KEY = "MR-KEY-012";

    private ProbeRules() {
    }
}
