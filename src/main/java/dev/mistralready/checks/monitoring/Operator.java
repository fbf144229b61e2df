package dev.mistralready.checks.monitoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mistralready.check.Quoted;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The comparison of a query check, read as an alerting rule reads it: the check fails when
 * {@code value OP threshold} holds. As in PromQL, no comparison with {@code NaN} holds.
 */
enum Operator {
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    EQUAL("=="),
    NOT_EQUAL("!=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** How the checklist writes it; also the values `mistral-ready schema` lists for `op`. */
    @JsonValue
    String symbol() {
        return symbol;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Operator of(String written) {
        String text = written == null ? "" : written.trim();
        return Arrays.stream(values()).filter(op -> op.symbol.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("`op` must be one of " + symbols() + ", not `"
                        + Quoted.excerpt(text) + "`"));
    }

    static String symbols() {
        return Arrays.stream(values()).map(Operator::symbol).collect(Collectors.joining(" "));
    }

    /** Whether {@code value OP threshold} holds: the check's failing condition. */
    boolean holds(double value, double threshold) {
        if (Double.isNaN(value) || Double.isNaN(threshold)) {
            return false;
        }
        return switch (this) {
            case GREATER -> value > threshold;
            case GREATER_OR_EQUAL -> value >= threshold;
            case LESS -> value < threshold;
            case LESS_OR_EQUAL -> value <= threshold;
            case EQUAL -> value == threshold;
            case NOT_EQUAL -> value != threshold;
        };
    }

    /** The comparison that holds when this one does not, for a passing value: {@code 3 <= 10}. */
    String negated() {
        return switch (this) {
            case GREATER -> "<=";
            case GREATER_OR_EQUAL -> "<";
            case LESS -> ">=";
            case LESS_OR_EQUAL -> ">";
            case EQUAL -> "!=";
            case NOT_EQUAL -> "==";
        };
    }

    /** Which of two values is the worse for this comparison, to show one value for many series. */
    boolean worse(double candidate, double than) {
        return switch (this) {
            case GREATER, GREATER_OR_EQUAL -> candidate > than;
            case LESS, LESS_OR_EQUAL -> candidate < than;
            case EQUAL, NOT_EQUAL -> false;
        };
    }
}
