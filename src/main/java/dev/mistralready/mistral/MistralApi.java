package dev.mistralready.mistral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mistralready.check.Cancellation;
import dev.mistralready.check.Secret;
import dev.mistralready.http.Excerpt;
import dev.mistralready.http.HttpExchange;
import dev.mistralready.http.HttpReply;
import dev.mistralready.http.Redaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

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

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpExchange exchange;
    private final MistralEndpoint endpoint;

    /**
     * @param shared  the run's client; its connection pool is shared, its settings are not changed
     * @param timeout the most one request may take, from connecting to the last byte
     */
    public MistralApi(OkHttpClient shared, MistralEndpoint endpoint, Duration timeout) {
        this.exchange = new HttpExchange(shared, timeout);
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
        Redaction redaction = Redaction.of(key);
        HttpReply reply = exchange.send(request, MAX_BODY_BYTES, redaction, cancellation);
        if (reply instanceof HttpReply.NoAnswer none) {
            return new ModelsReply.Unreachable(none.failure(), none.latency(), none.detail());
        }
        return reply((HttpReply.Answered) reply, redaction);
    }

    private HttpUrl url(String path) {
        HttpUrl.Builder url = new HttpUrl.Builder().scheme(endpoint.scheme()).host(endpoint.host());
        if (endpoint.port() != -1) {
            url.port(endpoint.port());
        }
        return url.encodedPath(endpoint.pathPrefix() + "/" + path).build();
    }

    private static ModelsReply reply(HttpReply.Answered answer, Redaction redaction) {
        RateLimits rateLimits = RateLimits.from(answer.headers());
        if (!answer.successful()) {
            return new ModelsReply.OtherStatus(answer.code(), answer.latency(), ErrorBody.message(answer.body(), JSON, redaction),
                    rateLimits, answer.header("Location").map(Excerpt::of));
        }
        if (answer.truncated()) {
            return new ModelsReply.Malformed(answer.code(), answer.latency(), "the response is larger than "
                    + MAX_BODY_BYTES / (1024 * 1024) + " MiB");
        }
        return modelList(answer.code(), answer.body(), answer.latency(), rateLimits);
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
}
