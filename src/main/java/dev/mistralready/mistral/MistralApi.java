package dev.mistralready.mistral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mistralready.check.Cancellation;
import dev.mistralready.check.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one place that talks to the Mistral API. Gates reuse it: the credential probe, the model
 * lint (for the live model list), the secret scan (is a leaked key live?).
 *
 * <p>The key travels only to the {@link MistralEndpoint} given here (already checked to be HTTPS to
 * Mistral, or loopback), in the {@code Authorization} header. Redirects are never followed, so no
 * other host ever sees it; a 3xx comes back as a {@link ModelsReply.OtherStatus}. Nothing this class
 * returns or throws contains the key: every text taken from a response or an exception has it
 * replaced by its redacted form.
 */
public final class MistralApi {

    /** The largest model list read; a real one is around 100 KB. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    /** How much of an error response is read for its message. */
    private static final int MAX_ERROR_BYTES = 64 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final OkHttpClient client;
    private final MistralEndpoint endpoint;

    /**
     * @param shared  the run's client; its connection pool is shared, its settings are not changed
     * @param timeout the most one request may take, from connecting to the last byte
     */
    public MistralApi(OkHttpClient shared, MistralEndpoint endpoint, Duration timeout) {
        this.client = shared.newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                .build();
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    public MistralEndpoint endpoint() {
        return endpoint;
    }

    /** {@code GET /v1/models} with {@code key}; stops early when {@code cancellation} fires. */
    public ModelsReply listModels(Secret key, Cancellation cancellation) {
        Request request = new Request.Builder()
                .url(url("v1/models"))
                .header("Authorization", "Bearer " + key.reveal())
                .header("Accept", "application/json")
                .get()
                .build();
        Call call = client.newCall(request);
        AtomicBoolean cancelled = new AtomicBoolean();
        cancellation.onCancel(() -> {
            cancelled.set(true);
            call.cancel();
        });
        long started = System.nanoTime();
        try (Response response = call.execute()) {
            long headersArrived = System.nanoTime();
            byte[] body = read(response);
            return reply(response, body, latencyOf(response, headersArrived), key);
        } catch (BodyTooLarge e) {
            return new ModelsReply.Malformed(e.code, since(started), "the response is larger than "
                    + MAX_BODY_BYTES / (1024 * 1024) + " MiB");
        } catch (IOException e) {
            return new ModelsReply.Unreachable(failureOf(e, cancelled.get()), since(started), scrub(describe(e), key));
        }
    }

    private HttpUrl url(String path) {
        HttpUrl.Builder url = new HttpUrl.Builder().scheme(endpoint.scheme()).host(endpoint.host());
        if (endpoint.port() != -1) {
            url.port(endpoint.port());
        }
        return url.encodedPath(endpoint.pathPrefix() + "/" + path).build();
    }

    private static ModelsReply reply(Response response, byte[] body, Duration latency, Secret key) {
        RateLimits rateLimits = RateLimits.from(entries(response.headers(), key));
        String text = new String(body, StandardCharsets.UTF_8);
        if (!response.isSuccessful()) {
            return new ModelsReply.OtherStatus(response.code(), latency,
                    ErrorBody.message(text, JSON).map(message -> scrub(message, key)), rateLimits,
                    Optional.ofNullable(response.header("Location")).map(location -> scrub(ErrorBody.oneLine(location), key)));
        }
        return modelList(response.code(), text, latency, rateLimits);
    }

    /** Reads {@code {"object":"list","data":[{"id":…,"aliases":[…]},…]}}. */
    private static ModelsReply modelList(int code, String text, Duration latency, RateLimits rateLimits) {
        if (text.isBlank()) {
            return new ModelsReply.Malformed(code, latency, "the body is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return new ModelsReply.Malformed(code, latency, "the body is not JSON");
        }
        JsonNode data = root == null ? null : root.get("data");
        if (data == null || !data.isArray()) {
            return new ModelsReply.Malformed(code, latency, "the JSON has no `data` list of models");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode model : data) {
            JsonNode id = model.get("id");
            if (id == null || !id.isTextual()) {
                return new ModelsReply.Malformed(code, latency, "an entry of `data` has no `id`");
            }
            ids.add(id.asText());
            JsonNode aliases = model.get("aliases");
            if (aliases != null && aliases.isArray()) {
                aliases.forEach(alias -> {
                    if (alias.isTextual()) {
                        ids.add(alias.asText());
                    }
                });
            }
        }
        return new ModelsReply.Listed(latency, new ArrayList<>(ids), data.size(), rateLimits);
    }

    /** A model list whole (or {@link BodyTooLarge}); of an error response, only its start. */
    private static byte[] read(Response response) throws IOException {
        try (InputStream in = response.body().byteStream()) {
            if (!response.isSuccessful()) {
                return in.readNBytes(MAX_ERROR_BYTES);
            }
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new BodyTooLarge(response.code());
            }
            return bytes;
        }
    }

    private static List<Map.Entry<String, String>> entries(Headers headers, Secret key) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>(headers.name(i), scrub(headers.value(i), key)));
        }
        return entries;
    }

    /** What went wrong; a call cancelled by its own timeout is a timeout, not a cancellation. */
    private static ModelsReply.Failure failureOf(IOException e, boolean cancelled) {
        if (cancelled) {
            return ModelsReply.Failure.CANCELLED;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return ModelsReply.Failure.DNS;
            }
            if (cause instanceof SSLException) {
                return ModelsReply.Failure.TLS;
            }
            if (cause instanceof ConnectException) {
                return ModelsReply.Failure.CONNECTION_REFUSED;
            }
            if (cause instanceof InterruptedIOException) {
                return ModelsReply.Failure.TIMEOUT;
            }
        }
        return ModelsReply.Failure.CONNECTION;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + ErrorBody.oneLine(message));
    }

    /** Replaces the key, should a server or an exception ever echo it, with its redacted form. */
    static String scrub(String text, Secret key) {
        return key.length() == 0 ? text : text.replace(key.reveal(), key.toString());
    }

    /**
     * The API's latency: from the request's last byte to the response's last byte. Connection set-up
     * (DNS, TCP, TLS) is left out, so the first call of a cold JVM, which also loads and initialises
     * the TLS stack, is not reported as a slow API.
     */
    private static Duration latencyOf(Response response, long headersArrivedNanos) {
        long untilHeaders = Math.max(0, response.receivedResponseAtMillis() - response.sentRequestAtMillis());
        return Duration.ofMillis(untilHeaders).plus(since(headersArrivedNanos));
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** A 2xx body over the limit. */
    private static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final int code;

        BodyTooLarge(int code) {
            super("response body over " + MAX_BODY_BYTES + " bytes");
            this.code = code;
        }
    }
}
