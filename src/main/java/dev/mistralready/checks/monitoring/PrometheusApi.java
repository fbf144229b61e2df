package dev.mistralready.checks.monitoring;

import dev.mistralready.check.Cancellation;
import dev.mistralready.http.HttpExchange;
import dev.mistralready.http.HttpReply;
import dev.mistralready.http.ServiceUrl;
import dev.mistralready.http.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The Prometheus HTTP API as the gate asks it: {@code GET /api/v1/query} at the clock's time, and
 * {@code GET /api/v1/query_range} over a window ending then, each with the gate's headers, within the
 * request timeout, never following a redirect.
 */
final class PrometheusApi {

    /** Answers with many series are large; more than this is not read. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    private final HttpExchange exchange;
    private final Target.Resolution.Ready ready;
    private final HttpUrl base;
    private final Clock clock;
    private final Cancellation cancellation;

    PrometheusApi(OkHttpClient client, Duration timeout, Target.Resolution.Ready ready, Clock clock,
                  Cancellation cancellation) {
        this.exchange = new HttpExchange(client, timeout);
        this.ready = ready;
        this.base = base(ready.url());
        this.clock = clock;
        this.cancellation = cancellation;
    }

    /** What a report names as the address asked: the base URL with {@code /api/v1/…}, without its query. */
    static String shown(ServiceUrl url, String endpoint) {
        String text = url.shownAs();
        String query = text.endsWith("?…") ? "?…" : "";
        String path = stripApi(query.isEmpty() ? text : text.substring(0, text.length() - 2));
        return path + (path.endsWith("/") ? "" : "/") + "api/v1/" + endpoint + query;
    }

    /** The instant query's answer, or no answer. */
    Reply instant(String query) {
        HttpUrl url = endpoint("query").addQueryParameter("query", query)
                .addQueryParameter("time", seconds(clock.instant())).build();
        return send(url);
    }

    /** The range query's answer over the window that ends now. */
    Reply range(String query, Duration window, Duration step) {
        Instant end = clock.instant();
        HttpUrl url = endpoint("query_range").addQueryParameter("query", query)
                .addQueryParameter("start", seconds(end.minus(window))).addQueryParameter("end", seconds(end))
                .addQueryParameter("step", step.toSeconds() + "s").build();
        return send(url);
    }

    private Reply send(HttpUrl url) {
        Request request = ready.request().url(url).get().build();
        HttpReply reply = exchange.send(request, MAX_BODY_BYTES, ready.redaction(), cancellation);
        if (reply instanceof HttpReply.NoAnswer none) {
            return new Reply.NoAnswer(none);
        }
        return new Reply.Answered(PrometheusAnswer.of((HttpReply.Answered) reply, MAX_BODY_BYTES, ready.redaction()));
    }

    private HttpUrl.Builder endpoint(String name) {
        return base.newBuilder().addPathSegments("api/v1/" + name);
    }

    private static HttpUrl base(ServiceUrl url) {
        HttpUrl parsed = HttpUrl.get(url.target());
        String path = stripApi(parsed.encodedPath());
        return parsed.newBuilder().encodedPath(path.endsWith("/") ? path : path + "/").build();
    }

    /** A URL given with the API's own path keeps only what comes before it. */
    private static String stripApi(String path) {
        String stripped = path;
        for (String suffix : new String[] {"/api/v1/query_range", "/api/v1/query", "/api/v1/", "/api/v1"}) {
            if (stripped.endsWith(suffix)) {
                stripped = stripped.substring(0, stripped.length() - suffix.length() + 1);
                break;
            }
        }
        return stripped;
    }

    private static String seconds(Instant instant) {
        return String.format(Locale.ROOT, "%d.%03d", instant.getEpochSecond(), instant.getNano() / 1_000_000);
    }

    /** What one request came to. */
    sealed interface Reply {
        record Answered(PrometheusAnswer answer) implements Reply {
        }

        record NoAnswer(HttpReply.NoAnswer none) implements Reply {
        }
    }
}
