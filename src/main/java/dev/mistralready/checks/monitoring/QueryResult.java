package dev.mistralready.checks.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The {@code data} of a successful Prometheus query, by its {@code resultType}. */
sealed interface QueryResult {

    /** The labels of a series, as a report names it: {@code {model="mistral-small", status="500"}}. */
    static String labels(Map<String, String> metric) {
        if (metric.isEmpty()) {
            return "{}";
        }
        return metric.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(label -> label.getKey() + "=\"" + label.getValue() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** One value at one time; a scalar has no labels. */
    record Sample(Map<String, String> metric, double value) {
        public Sample {
            metric = Map.copyOf(metric);
        }
    }

    /** A series over time, from {@code query_range} (or a range selector). */
    record Series(Map<String, String> metric, List<Double> values) {
        public Series {
            metric = Map.copyOf(metric);
            values = List.copyOf(values);
        }
    }

    /** {@code "resultType": "vector"}: one sample per series; none when nothing matched. */
    record Vector(List<Sample> samples) implements QueryResult {
        public Vector {
            samples = List.copyOf(samples);
        }
    }

    /** {@code "resultType": "scalar"}: one number. */
    record Scalar(double value) implements QueryResult {
    }

    /** {@code "resultType": "matrix"}: samples over time per series. */
    record Matrix(List<Series> series) implements QueryResult {
        public Matrix {
            series = List.copyOf(series);
        }
    }

    /** {@code "resultType": "string"}: text, which no threshold can be compared with. */
    record Text(String value) implements QueryResult {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }
}
