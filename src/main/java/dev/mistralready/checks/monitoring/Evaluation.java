package dev.mistralready.checks.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one query's data came to against its comparison ({@code value OP threshold} fails). A vector
 * is judged series by series: one series over the threshold is enough to fail, and the worst value
 * is the one shown.
 */
sealed interface Evaluation {

    /** At most this many series are named in a message. */
    int NAMED_SERIES = 3;

    /** The comparison holds: {@code value} is the worst; {@code series} names the series over it. */
    record Over(double value, List<String> series, int count) implements Evaluation {
        public Over {
            series = List.copyOf(series);
        }
    }

    /** The comparison does not hold for any series; {@code value} is the worst seen; {@code note} says more. */
    record Under(double value, String note) implements Evaluation {
    }

    /** The query matched no series: the metric is not there, which is not a pass. */
    record NoSeries() implements Evaluation {
    }

    /** Every value is {@code NaN} (a quantile or ratio over no requests): nothing to compare. */
    record NotANumber(int series) implements Evaluation {
    }

    /** The data is of a kind no threshold applies to (a string, a range where an instant was asked). */
    record Unusable(String problem) implements Evaluation {
    }

    /** Judges an instant query's data. */
    static Evaluation ofInstant(QueryResult result, Operator op, double threshold) {
        if (result instanceof QueryResult.Scalar scalar) {
            return judge(List.of(new QueryResult.Sample(java.util.Map.of(), scalar.value())), op, threshold);
        }
        if (result instanceof QueryResult.Vector vector) {
            return judge(vector.samples(), op, threshold);
        }
        if (result instanceof QueryResult.Matrix) {
            return new Unusable("the query returns a range vector (a matrix), which has no one value to compare; "
                    + "drop the `[…]` range, wrap it in a function such as max_over_time(), or set `for` to judge a window");
        }
        return new Unusable("the query returns a string, not a number");
    }

    /**
     * Judges a window's data: a series fails when the comparison holds at each of the {@code steps}
     * steps (a missing step breaks the run, as it resets an alert's {@code for}).
     */
    static Evaluation ofWindow(QueryResult result, Operator op, double threshold, int steps) {
        if (!(result instanceof QueryResult.Matrix matrix)) {
            return new Unusable("query_range answered a " + kind(result) + ", not a matrix");
        }
        if (matrix.series().isEmpty()) {
            return new NoSeries();
        }
        List<String> over = new ArrayList<>();
        Optional<Double> worstOver = Optional.empty();
        Optional<Double> worst = Optional.empty();
        int numbers = 0;
        int mostStepsOver = 0;
        for (QueryResult.Series series : matrix.series()) {
            int held = 0;
            boolean all = series.values().size() >= steps;
            double worstOfSeries = Double.NaN;
            for (double value : series.values()) {
                if (Double.isNaN(value)) {
                    all = false;
                    continue;
                }
                numbers++;
                if (op.holds(value, threshold)) {
                    held++;
                } else {
                    all = false;
                }
                if (Double.isNaN(worstOfSeries) || op.worse(value, worstOfSeries)) {
                    worstOfSeries = value;
                }
            }
            mostStepsOver = Math.max(mostStepsOver, held);
            if (Double.isNaN(worstOfSeries)) {
                continue;
            }
            double seen = worstOfSeries;
            worst = Optional.of(worst.map(w -> op.worse(seen, w) ? seen : w).orElse(seen));
            if (all && held > 0) {
                over.add(QueryResult.labels(series.metric()));
                worstOver = Optional.of(worstOver.map(w -> op.worse(seen, w) ? seen : w).orElse(seen));
            }
        }
        if (numbers == 0) {
            return new NotANumber(matrix.series().size());
        }
        if (!over.isEmpty()) {
            return new Over(worstOver.orElseThrow(), over.subList(0, Math.min(NAMED_SERIES, over.size())), over.size());
        }
        String note = mostStepsOver == 0 ? "" : "over the threshold at " + mostStepsOver + " of " + steps
                + " steps, not throughout";
        return new Under(worst.orElseThrow(), note);
    }

    private static Evaluation judge(List<QueryResult.Sample> samples, Operator op, double threshold) {
        if (samples.isEmpty()) {
            return new NoSeries();
        }
        List<String> over = new ArrayList<>();
        Double worstOver = null;
        Double worst = null;
        for (QueryResult.Sample sample : samples) {
            double value = sample.value();
            if (Double.isNaN(value)) {
                continue;
            }
            if (worst == null || op.worse(value, worst)) {
                worst = value;
            }
            if (op.holds(value, threshold)) {
                over.add(QueryResult.labels(sample.metric()));
                if (worstOver == null || op.worse(value, worstOver)) {
                    worstOver = value;
                }
            }
        }
        if (worst == null) {
            return new NotANumber(samples.size());
        }
        if (!over.isEmpty()) {
            return new Over(worstOver, over.subList(0, Math.min(NAMED_SERIES, over.size())), over.size());
        }
        return new Under(worst, samples.size() > 1 ? samples.size() + " series" : "");
    }

    private static String kind(QueryResult result) {
        if (result instanceof QueryResult.Vector) {
            return "vector";
        }
        if (result instanceof QueryResult.Scalar) {
            return "scalar";
        }
        return result instanceof QueryResult.Matrix ? "matrix" : "string";
    }
}
