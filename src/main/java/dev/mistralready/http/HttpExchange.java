package dev.mistralready.http;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.ProxyRoutes;
import dev.mistralready.check.ProxyServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends one request the way every live gate does: within a time limit, never following a redirect
 * (so no header travels to another host), stopping when the gate is cancelled, reading a bounded
 * body, measuring the latency, and naming the reason when no answer comes. When the request went
 * through a proxy, the reason names the proxy (never its credentials), and every text returned has
 * the proxy's credentials scrubbed as well as the request's own secrets.
 */
public final class HttpExchange {

    private static final String THROUGH = "through ";

    private final OkHttpClient client;

    /**
     * @param shared  the run's client; its connection pool is shared, its settings are not changed
     * @param timeout the most one request may take, from connecting to the last byte
     */
    public HttpExchange(OkHttpClient shared, Duration timeout) {
        this.client = shared.newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                .build();
    }

    /**
     * Sends {@code request} and reads at most {@code maxBodyBytes} of the answer. Every text returned
     * has the secrets of {@code redaction} replaced by their redacted form.
     */
    public HttpReply send(Request request, int maxBodyBytes, Redaction redaction, Cancellation cancellation) {
        return exchange(request, maxBodyBytes, Optional.empty(), redaction, cancellation);
    }

    /**
     * Sends {@code request} and reads its answer as it streams: until {@code end} is reached, the
     * connection closes, or {@code maxBodyBytes} are read. When the body stops coming before that (the
     * time limit, a broken connection), the answer holds what came until then and says why
     * ({@link HttpReply.Answered#interrupted()}); only a failure before the headers is no answer.
     */
    public HttpReply stream(Request request, int maxBodyBytes, BodyEnd end, Redaction redaction,
                            Cancellation cancellation) {
        return exchange(request, maxBodyBytes, Optional.of(end), redaction, cancellation);
    }

    private HttpReply exchange(Request request, int maxBodyBytes, Optional<BodyEnd> end, Redaction requestSecrets,
                               Cancellation cancellation) {
        Optional<ProxyRoutes> routes = client.proxySelector() instanceof ProxyRoutes proxies ? Optional.of(proxies)
                : Optional.empty();
        Redaction redaction = routes.map(proxies -> requestSecrets.plus(proxies.secrets())).orElse(requestSecrets);
        Optional<ProxyServer> proxy = routes.flatMap(proxies -> proxies.serverFor(request.url()));
        Call call = client.newCall(request);
        AtomicBoolean cancelled = new AtomicBoolean();
        cancellation.onCancel(() -> {
            cancelled.set(true);
            call.cancel();
        });
        long started = System.nanoTime();
        try (Response response = call.execute()) {
            long headersArrived = System.nanoTime();
            Read read = end.isPresent() ? streamed(response, maxBodyBytes, end.get(), cancelled)
                    : new Read(read(response, maxBodyBytes), Optional.empty());
            byte[] bytes = read.bytes();
            boolean truncated = bytes.length > maxBodyBytes;
            String body = new String(truncated ? Arrays.copyOf(bytes, maxBodyBytes) : bytes, StandardCharsets.UTF_8);
            return new HttpReply.Answered(response.code(), entries(response.headers(), redaction), redaction.scrub(body),
                    truncated, latencyOf(response, headersArrived), read.interrupted());
        } catch (IOException e) {
            String detail = describe(e, redaction);
            ConnectionFailure failure = proxy.isPresent() ? ConnectionFailure.throughProxy(e, cancelled.get())
                    : ConnectionFailure.of(e, cancelled.get());
            return new HttpReply.NoAnswer(failure, since(started),
                    proxy.map(server -> THROUGH + server.described() + ": " + detail).orElse(detail));
        }
    }

    /**
     * {@code through the proxy http://proxy.corp:3128 from HTTPS_PROXY}, when {@code detail} is that of a
     * {@link HttpReply.NoAnswer} to a request sent through a proxy; for messages too short for the whole detail.
     */
    public static Optional<String> proxyOf(String detail) {
        int end = detail.indexOf(": ");
        return detail.startsWith(THROUGH + "the proxy ") && end > 0 ? Optional.of(detail.substring(0, end))
                : Optional.empty();
    }

    /** One byte more than the limit, so a longer body is known to be cut. */
    private static byte[] read(Response response, int maxBodyBytes) throws IOException {
        try (InputStream in = response.body().byteStream()) {
            return in.readNBytes(maxBodyBytes + 1);
        }
    }

    /** What a streamed read came to: the bytes (one more than the limit when cut), and why it stopped early. */
    private record Read(byte[] bytes, Optional<ConnectionFailure> interrupted) {
    }

    /** Reads until {@code end}, the close, or one byte over the limit; a failure midway keeps what came. */
    private static Read streamed(Response response, int maxBodyBytes, BodyEnd end, AtomicBoolean cancelled) {
        String contentType = response.header("Content-Type", "");
        byte[] buffer = new byte[Math.min(maxBodyBytes + 1, 16 * 1024)];
        int length = 0;
        try (InputStream in = response.body().byteStream()) {
            while (length <= maxBodyBytes) {
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(maxBodyBytes + 1, buffer.length * 2));
                }
                int n = in.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
                if (end.reachedIn(contentType, buffer, length)) {
                    break;
                }
            }
            return new Read(Arrays.copyOf(buffer, length), Optional.empty());
        } catch (IOException e) {
            return new Read(Arrays.copyOf(buffer, length), Optional.of(ConnectionFailure.of(e, cancelled.get())));
        }
    }

    private static List<Map.Entry<String, String>> entries(Headers headers, Redaction redaction) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>(headers.name(i), redaction.scrub(headers.value(i))));
        }
        return entries;
    }

    /** Scrubbed before it is cut, so no part of a secret survives the cut. */
    private static String describe(IOException e, Redaction redaction) {
        String message = e.getMessage();
        return e.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + Excerpt.of(redaction.scrub(message)));
    }

    /**
     * The server's latency: from the request's last byte to the response's last byte. Connection
     * set-up (DNS, TCP, TLS) is left out, so the first call of a cold JVM, which also loads and
     * initialises the TLS stack, is not reported as a slow server.
     */
    private static Duration latencyOf(Response response, long headersArrivedNanos) {
        long untilHeaders = Math.max(0, response.receivedResponseAtMillis() - response.sentRequestAtMillis());
        return Duration.ofMillis(untilHeaders).plus(since(headersArrivedNanos));
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
