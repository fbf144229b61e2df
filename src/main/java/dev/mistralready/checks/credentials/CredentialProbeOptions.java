package dev.mistralready.checks.credentials;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.DurationText;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.mistral.KeyVariable;
import dev.mistralready.mistral.MistralEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code with:} block of a {@code credential-probe} gate. The base URL is checked when the
 * checklist is read, so a URL the key must not go to stops the run before anything is sent.
 */
public record CredentialProbeOptions(
        @OptionDoc("the environment variable that holds the key (default MISTRAL_API_KEY)")
        @JsonProperty("key-env")
        String keyEnv,

        @OptionDoc(value = "the API to ask (default https://api.mistral.ai; also https://api.eu.mistral.ai, "
                + "https://api.us.mistral.ai); plain http:// only to localhost", type = "URL")
        @JsonProperty("base-url")
        MistralEndpoint baseUrl,

        @OptionDoc("a slower answer is reported as degraded, a warning (default 5s)")
        @JsonProperty("degraded-after")
        Duration degradedAfter,

        @OptionDoc("whether a missing key fails the gate (default true); false skips it with the reason")
        @JsonProperty("required")
        boolean required,

        @OptionDoc("model ids (or aliases) the key must be able to see")
        @JsonProperty("require-models")
        List<String> requireModels,

        @OptionDoc("no answer within this time fails as unavailable (default 10s)")
        @JsonProperty("request-timeout")
        Duration requestTimeout) {

    public static final String DEFAULT_KEY_ENV = KeyVariable.DEFAULT;
    public static final Duration DEFAULT_DEGRADED_AFTER = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);


    public CredentialProbeOptions {
        keyEnv = KeyVariable.checked(keyEnv);
        baseUrl = baseUrl == null ? MistralEndpoint.GLOBAL : baseUrl;
        degradedAfter = degradedAfter == null ? DEFAULT_DEGRADED_AFTER : positive(degradedAfter);
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : positive(requestTimeout);
        requireModels = checkedModels(requireModels);
    }

    /** Every option at its default: probe MISTRAL_API_KEY against https://api.mistral.ai, and fail without it. */
    public static CredentialProbeOptions defaults() {
        return new CredentialProbeOptions(null, null, null, true, null, null);
    }

    @JsonCreator
    static CredentialProbeOptions bind(@JsonProperty("key-env") String keyEnv,
                                       @JsonProperty("base-url") MistralEndpoint baseUrl,
                                       @JsonProperty("degraded-after") Duration degradedAfter,
                                       @JsonProperty("required") Boolean required,
                                       @JsonProperty("require-models") List<String> requireModels,
                                       @JsonProperty("request-timeout") Duration requestTimeout) {
        return new CredentialProbeOptions(keyEnv, baseUrl, degradedAfter,
                required == null || required, requireModels, requestTimeout);
    }

    public CredentialProbeOptions withBaseUrl(MistralEndpoint url) {
        return new CredentialProbeOptions(keyEnv, url, degradedAfter, required, requireModels, requestTimeout);
    }

    public CredentialProbeOptions withKeyEnv(String name) {
        return new CredentialProbeOptions(name, baseUrl, degradedAfter, required, requireModels, requestTimeout);
    }

    public CredentialProbeOptions withRequired(boolean isRequired) {
        return new CredentialProbeOptions(keyEnv, baseUrl, degradedAfter, isRequired, requireModels, requestTimeout);
    }

    public CredentialProbeOptions withDegradedAfter(Duration threshold) {
        return new CredentialProbeOptions(keyEnv, baseUrl, threshold, required, requireModels, requestTimeout);
    }

    public CredentialProbeOptions withRequestTimeout(Duration timeout) {
        return new CredentialProbeOptions(keyEnv, baseUrl, degradedAfter, required, requireModels, timeout);
    }

    public CredentialProbeOptions withRequireModels(List<String> ids) {
        return new CredentialProbeOptions(keyEnv, baseUrl, degradedAfter, required, ids, requestTimeout);
    }

    private static Duration positive(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("`" + DurationText.format(duration) + "` is not positive; expected "
                    + DurationText.EXPECTED);
        }
        return duration;
    }

    private static List<String> checkedModels(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        List<String> checked = new ArrayList<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("`require-models` lists an empty model id");
            }
            checked.add(id.trim());
        }
        return List.copyOf(checked);
    }
}
