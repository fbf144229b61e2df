package dev.mistralready.checks.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistralready.http.Excerpt;
import dev.mistralready.http.HttpReply;
import dev.mistralready.http.Redaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Prometheus (or Thanos, Mimir, VictoriaMetrics) answered to one query, read from the HTTP API's
 * envelope: {@code {"status": "success", "data": {"resultType": …, "result": …}, "warnings"?: […]}}, or
 * {@code {"status": "error", "errorType": …, "error": …}} with 400, 422 or 503.
 */
sealed interface PrometheusAnswer {

    ObjectMapper JSON = new ObjectMapper();

    /** The query ran; {@code warnings} are the server's own (such as a partial answer). */
    record Data(QueryResult result, List<String> warnings) implements PrometheusAnswer {
        public Data {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The server refused or failed the query: {@code "status": "error"}, or an HTTP status other than 2xx.
     *
     * @param errorType the API's {@code errorType} ({@code bad_data}, {@code execution}, {@code timeout}, …); empty
     *                  when the body had none
     * @param error     the API's {@code error}, or an excerpt of the body; scrubbed
     */
    record Refused(int code, String errorType, String error) implements PrometheusAnswer {
    }

    /** The answer is not the API's JSON: {@code problem} says how (not JSON, no {@code data}, a value that is no number). */
    record Malformed(int code, String problem) implements PrometheusAnswer {
    }

    /** Reads an HTTP answer; every text taken from it is scrubbed with {@code redaction}. */
    static PrometheusAnswer of(HttpReply.Answered reply, int maxBodyBytes, Redaction redaction) {
        int code = reply.code();
        if (reply.truncated()) {
            return new Malformed(code, "the answer is larger than " + (maxBodyBytes / (1024 * 1024)) + " MiB; "
                    + "narrow the query");
        }
        JsonNode body;
        try {
            body = JSON.readTree(reply.body());
        } catch (JsonProcessingException e) {
            body = null;
        }
        boolean envelope = body != null && body.isObject() && body.path("status").isTextual();
        if (!envelope) {
            if (code < 200 || code >= 300) {
                return new Refused(code, "", excerpt(reply.body(), redaction));
            }
            return new Malformed(code, (body == null ? "the body is not JSON" : "the JSON has no `status`")
                    + excerpt(reply, redaction));
        }
        String status = body.path("status").asText();
        if (status.equals("error") || code < 200 || code >= 300) {
            return new Refused(code, redaction.scrub(body.path("errorType").asText("")),
                    Excerpt.of(redaction.scrub(body.path("error").asText(status.equals("error") ? "" : reply.body()))));
        }
        if (!status.equals("success")) {
            return new Malformed(code, "`status` is \"" + Excerpt.of(redaction.scrub(status)) + "\", not \"success\" or \"error\"");
        }
        List<String> warnings = new ArrayList<>();
        body.path("warnings").forEach(warning -> warnings.add(Excerpt.of(redaction.scrub(warning.asText()))));
        JsonNode data = body.path("data");
        String type = data.path("resultType").asText("");
        JsonNode result = data.path("result");
        try {
            QueryResult read = switch (type) {
                case "vector" -> vector(result);
                case "scalar" -> new QueryResult.Scalar(value(result, "the scalar"));
                case "matrix" -> matrix(result);
                case "string" -> new QueryResult.Text(Excerpt.of(redaction.scrub(result.path(1).asText(""))));
                default -> throw new Unreadable(type.isEmpty() ? "`data` has no `resultType`"
                        : "`resultType` \"" + Excerpt.of(redaction.scrub(type)) + "\" is none of vector, scalar, matrix, string");
            };
            return new Data(read, warnings);
        } catch (Unreadable e) {
            return new Malformed(code, e.getMessage());
        }
    }

    private static String excerpt(HttpReply.Answered reply, Redaction redaction) {
        return Excerpt.ofBody(redaction.scrub(reply.body()));
    }

    private static String excerpt(String body, Redaction redaction) {
        String text = Excerpt.of(redaction.scrub(body));
        return text.isEmpty() ? "(empty body)" : text;
    }

    private static QueryResult.Vector vector(JsonNode result) {
        if (!result.isArray()) {
            throw new Unreadable("the vector's `result` is not a list");
        }
        List<QueryResult.Sample> samples = new ArrayList<>();
        for (JsonNode series : result) {
            if (series.has("histogram") && !series.has("value")) {
                throw new Unreadable("a series holds a native histogram, not a number; wrap the query in "
                        + "histogram_quantile() or histogram_count()");
            }
            samples.add(new QueryResult.Sample(metric(series), value(series.path("value"), "a sample")));
        }
        return new QueryResult.Vector(samples);
    }

    private static QueryResult.Matrix matrix(JsonNode result) {
        if (!result.isArray()) {
            throw new Unreadable("the matrix's `result` is not a list");
        }
        List<QueryResult.Series> all = new ArrayList<>();
        for (JsonNode series : result) {
            JsonNode values = series.path("values");
            if (!values.isArray()) {
                throw new Unreadable(series.has("histograms") ? "a series holds native histograms, not numbers"
                        : "a series of the matrix has no `values`");
            }
            List<Double> numbers = new ArrayList<>();
            for (JsonNode pair : values) {
                numbers.add(value(pair, "a sample"));
            }
            all.add(new QueryResult.Series(metric(series), numbers));
        }
        return new QueryResult.Matrix(all);
    }

    private static Map<String, String> metric(JsonNode series) {
        Map<String, String> labels = new LinkedHashMap<>();
        series.path("metric").fields().forEachRemaining(label -> labels.put(label.getKey(), label.getValue().asText()));
        return labels;
    }

    /** {@code [1435781451.781, "1"]}: the time, then the value as a string. */
    private static double value(JsonNode pair, String what) {
        if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber() || !pair.get(1).isTextual()) {
            throw new Unreadable(what + " is not [time, \"value\"]");
        }
        Optional<Double> value = SampleValue.parse(pair.get(1).asText());
        return value.orElseThrow(() -> new Unreadable(what + "'s value \"" + Excerpt.of(pair.get(1).asText())
                + "\" is not a number"));
    }

    /** A part of the answer that is not the API's shape. */
    final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }
}
