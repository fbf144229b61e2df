package dev.mistralready.checks.monitoring;

/** The rule ids of the {@code prometheus-query} gate; the built-in checks' own are in {@link BuiltInCheck}. */
final class PrometheusRules {

    static final String MISSING_VARIABLE = "MR-PRM-001";
    static final String UNUSABLE_VARIABLE = "MR-PRM-002";
    static final String IN_CLEAR = "MR-PRM-003";
    static final String UNREACHABLE = "MR-PRM-004";
    static final String REFUSED = "MR-PRM-005";
    static final String UNREADABLE = "MR-PRM-006";
    static final String QUERY_OVER = "MR-PRM-020";
    static final String NO_DATA = "MR-PRM-021";

    private PrometheusRules() {
    }
}
