package dev.mistralready.checks.alerts;

import java.util.Map;
import java.util.Optional;

/**
 * One alerting rule of a rule file, PrometheusRule resource or Grafana provisioning file, with the
 * lines of its keys from the YAML parser.
 *
 * @param file        the project-relative path
 * @param name        {@code alert:} (Grafana: {@code title:})
 * @param expr        the PromQL as written; a Grafana rule's query with its threshold appended
 * @param holdFor     {@code for:}, if set
 * @param labels      the rule's labels
 * @param alertLine   the line of {@code alert:}
 * @param exprLine    the line of {@code expr:}
 * @param labelsLine  the line of {@code labels:}, else of {@code alert:}
 */
record AlertRule(String file, String name, String expr, Optional<String> holdFor, Map<String, String> labels,
                 int alertLine, int exprLine, int labelsLine) {

    AlertRule {
        labels = Map.copyOf(labels);
    }

    /** The expression without its {@code #} comments: what Prometheus evaluates. */
    String query() {
        return PromQl.withoutComments(expr);
    }

    Optional<Comparison> comparison() {
        return Comparison.of(query());
    }

    /** {@code for:} in seconds: 0 when absent, -1 when it is not a Prometheus duration. */
    long holdSeconds() {
        return holdFor.map(PromQl::durationSeconds).orElse(0L);
    }
}
