package dev.mistralready.checks.monitoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.DurationText;
import dev.mistralready.check.Quoted;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A team's own check in {@code queries:}: a PromQL expression, and the comparison that fails it, read
 * as an alerting rule reads {@code expr > threshold}. With {@code for}, the expression is evaluated
 * over that window ({@code query_range}) and fails only when the comparison holds at every step, as
 * an alerting rule with {@code for:} fires.
 */
record QuerySpec(String name, String query, Operator op, double threshold, Optional<Duration> holdFor) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** The most steps a window is cut into; Prometheus refuses more than 11,000 points per series. */
    static final int MAX_STEPS = 60;
    static final Duration MIN_STEP = Duration.ofSeconds(15);

    QuerySpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(holdFor, "holdFor");
    }

    @JsonCreator
    static QuerySpec bind(@JsonProperty("name") String name, @JsonProperty("query") String query,
                          @JsonProperty("op") Operator op, @JsonProperty("threshold") Double threshold,
                          @JsonProperty("for") Duration holdFor) {
        if (name == null || !NAME.matcher(name.trim()).matches()) {
            throw new IllegalArgumentException("each of `queries` needs a `name` in lower-case kebab-case, such as "
                    + "error-ratio" + (name == null ? "" : ", not `" + Quoted.excerpt(name) + "`"));
        }
        String named = "query `" + name.trim() + "`";
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException(named + " needs `query`, a PromQL expression");
        }
        if (op == null) {
            throw new IllegalArgumentException(named + " needs `op`, one of " + Operator.symbols()
                    + " (the check fails when `query op threshold` holds)");
        }
        if (threshold == null || threshold.isNaN()) {
            throw new IllegalArgumentException(named + " needs `threshold`, a number");
        }
        if (holdFor != null && (holdFor.isNegative() || holdFor.isZero())) {
            throw new IllegalArgumentException(named + ": `for` must be positive, not " + DurationText.format(holdFor));
        }
        return new QuerySpec(name.trim(), query.strip(), op, threshold, Optional.ofNullable(holdFor));
    }

    static QuerySpec of(String name, String query, String op, double threshold) {
        return bind(name, query, Operator.of(op), threshold, null);
    }

    QuerySpec holdingFor(Duration window) {
        return bind(name, query, op, threshold, window);
    }

    /** The step of the window's {@code query_range}: at most {@value #MAX_STEPS} steps, none shorter than 15s. */
    Duration step() {
        Duration window = holdFor.orElseThrow();
        Duration step = Duration.ofSeconds(Math.max(1, (long) Math.ceil(window.toSeconds() / (double) MAX_STEPS)));
        return step.compareTo(MIN_STEP) < 0 ? (window.compareTo(MIN_STEP) < 0 ? window : MIN_STEP) : step;
    }

    /** {@code error-ratio: errors / total > 0.05}, for messages. */
    String describe() {
        return query + " " + op.symbol() + " " + SampleValue.show(threshold)
                + holdFor.map(window -> " for " + DurationText.format(window)).orElse("");
    }
}
