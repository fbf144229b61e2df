package dev.mistralready.checks.monitoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A Prometheus on loopback that answers each query with the canned answer of the first rule whose
 * predicate the query matches, and an empty vector otherwise (a metric nobody exports). The answers
 * are the HTTP API's real shapes.
 */
final class FakePrometheus extends Dispatcher implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final List<Map.Entry<Predicate<String>, MockResponse>> rules = new CopyOnWriteArrayList<>();
    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    FakePrometheus() throws IOException {
        server.setDispatcher(this);
        server.start();
    }

    /** The base address, as a gate's `url` names it. */
    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    FakePrometheus when(Predicate<String> query, MockResponse answer) {
        rules.add(Map.entry(query, answer));
        return this;
    }

    /** Answers queries that contain {@code text}. */
    FakePrometheus whenQueryContains(String text, MockResponse answer) {
        return when(query -> query.contains(text), answer);
    }

    FakePrometheus always(MockResponse answer) {
        return when(query -> true, answer);
    }

    /** The {@code query} parameters asked, in order. */
    List<String> queries() {
        return requests.stream().map(request -> request.getUrl().queryParameter("query")).toList();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        String query = request.getUrl().queryParameter("query");
        for (Map.Entry<Predicate<String>, MockResponse> rule : rules) {
            if (query != null && rule.getKey().test(query)) {
                return rule.getValue();
            }
        }
        return json(200, emptyVector());
    }

    @Override
    public void close() {
        server.close();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse success(String resultType, String result) {
        return json(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"" + resultType + "\",\"result\":" + result
                + "}}");
    }

    /** A vector of one series per value; labels {@code {"model":"mistral-small"}} or none. */
    static MockResponse vector(String... values) {
        List<String> series = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            String metric = values.length == 1 ? "{}" : "{\"model\":\"model-" + (i + 1) + "\"}";
            series.add("{\"metric\":" + metric + ",\"value\":[1764680000.123,\"" + values[i] + "\"]}");
        }
        return success("vector", series.stream().collect(Collectors.joining(",", "[", "]")));
    }

    static String emptyVector() {
        return "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}";
    }

    static MockResponse scalar(String value) {
        return success("scalar", "[1764680000.123,\"" + value + "\"]");
    }

    /** A matrix of one series with these values at 15 s steps. */
    static MockResponse matrix(String... values) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            pairs.add("[" + (1764680000 + 15 * i) + ",\"" + values[i] + "\"]");
        }
        return success("matrix", "[{\"metric\":{\"job\":\"app\"},\"values\":" + String.join(",", pairs.toString()) + "}]");
    }

    static MockResponse error(int code, String errorType, String error) {
        return json(code, "{\"status\":\"error\",\"errorType\":\"" + errorType + "\",\"error\":\"" + error + "\"}");
    }
}
