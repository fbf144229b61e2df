package dev.mistralready.checks.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.http.HeaderEnvironment;
import dev.mistralready.http.HeaderTemplates;
import dev.mistralready.http.ServiceUrl;
import dev.mistralready.http.Target;
import java.time.Duration;
import java.util.Optional;

/** The {@code with:} block of an {@code http-health} gate. */
public record HttpHealthOptions(
        @OptionDoc(value = "the health endpoint's address, http:// or https:// (or use `url-env`)", type = "URL")
        @JsonProperty("url")
        Optional<ServiceUrl> url,

        @OptionDoc("the environment variable that holds the address, such as MISTRAL_READY_HEALTH_URL (instead of `url`)")
        @JsonProperty("url-env")
        Optional<String> urlEnv,

        @OptionDoc("the status code a healthy app answers with (default 200); 503 always means unhealthy")
        @JsonProperty("expect-status")
        int expectStatus,

        @OptionDoc("a slower answer is reported as degraded, a warning (default 5s)")
        @JsonProperty("degraded-after")
        Duration degradedAfter,

        @OptionDoc(value = "headers to send; ${NAME} in a value is replaced by the environment variable NAME, "
                + "which `header-env` must declare; values are never shown", type = "mapping")
        @JsonProperty("headers")
        HeaderTemplates headers,

        @OptionDoc(value = "the environment variables `headers` may use, such as [SMOKE_TOKEN]; never MISTRAL_API_KEY "
                + "or a CI platform's token (GITHUB_TOKEN, AWS_*, CI_JOB_TOKEN, ...); with them, the address must be "
                + "https:// unless it is loopback", type = "list")
        @JsonProperty("header-env")
        HeaderEnvironment headerEnv,

        @OptionDoc("whether a variable that is not set fails the gate (default true); false skips it with the reason")
        @JsonProperty("required")
        boolean required,

        @OptionDoc("no answer within this time fails as unreachable (default 10s)")
        @JsonProperty("request-timeout")
        Duration requestTimeout,

        @OptionDoc(value = "where in the body the health JSON is, such as /services/mistral or /components/mistral; "
                + "by default the root, or /services/mistral when the root is not the health JSON", type = "JSON pointer")
        @JsonProperty("pointer")
        Optional<HealthPointer> pointer,

        @OptionDoc(value = "sample the endpoint over time instead of once: {for: 10m, every: 1m, max-failures: 0}; "
                + "fails at the first failed sample past max-failures, passes after the last", type = "mapping")
        @JsonProperty("watch")
        Optional<Watch> watch) {

    static final String EXAMPLE_URL = "https://app.example.com/health";
    public static final String DEFAULT_URL_ENV = "MISTRAL_READY_HEALTH_URL";
    public static final int DEFAULT_EXPECT_STATUS = 200;
    public static final Duration DEFAULT_DEGRADED_AFTER = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public HttpHealthOptions {
        Target checked = Target.of(url.orElse(null), urlEnv.orElse(null), headers, headerEnv, EXAMPLE_URL,
                DEFAULT_URL_ENV);
        url = checked.url();
        urlEnv = checked.urlEnv();
        headers = checked.headers();
        headerEnv = checked.headerEnv();
        if (expectStatus < 100 || expectStatus > 599) {
            throw new IllegalArgumentException("`expect-status` must be an HTTP status code (100 to 599), not "
                    + expectStatus);
        }
        degradedAfter = degradedAfter == null ? DEFAULT_DEGRADED_AFTER : Durations.positive(degradedAfter);
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : Durations.positive(requestTimeout);
        pointer = pointer == null ? Optional.empty() : pointer;
        watch = watch == null ? Optional.empty() : watch;
    }

    @JsonCreator
    static HttpHealthOptions bind(@JsonProperty("url") ServiceUrl url,
                                  @JsonProperty("url-env") String urlEnv,
                                  @JsonProperty("expect-status") Integer expectStatus,
                                  @JsonProperty("degraded-after") Duration degradedAfter,
                                  @JsonProperty("headers") HeaderTemplates headers,
                                  @JsonProperty("header-env") HeaderEnvironment headerEnv,
                                  @JsonProperty("required") Boolean required,
                                  @JsonProperty("request-timeout") Duration requestTimeout,
                                  @JsonProperty("pointer") HealthPointer pointer,
                                  @JsonProperty("watch") Watch watch) {
        return new HttpHealthOptions(Optional.ofNullable(url), Optional.ofNullable(urlEnv),
                expectStatus == null ? DEFAULT_EXPECT_STATUS : expectStatus, degradedAfter, headers, headerEnv,
                required == null || required, requestTimeout, Optional.ofNullable(pointer), Optional.ofNullable(watch));
    }

    /** Every option at its default, probing {@code url}. */
    public static HttpHealthOptions of(ServiceUrl url) {
        return bind(url, null, null, null, null, null, null, null, null, null);
    }

    /** Every option at its default, probing the URL in {@code variable}. */
    public static HttpHealthOptions fromEnvironment(String variable) {
        return bind(null, variable, null, null, null, null, null, null, null, null);
    }

    Target target() {
        return new Target(url, urlEnv, headers, headerEnv);
    }

    public HttpHealthOptions withExpectStatus(int status) {
        return new HttpHealthOptions(url, urlEnv, status, degradedAfter, headers, headerEnv, required, requestTimeout,
                pointer, watch);
    }

    public HttpHealthOptions withDegradedAfter(Duration threshold) {
        return new HttpHealthOptions(url, urlEnv, expectStatus, threshold, headers, headerEnv, required,
                requestTimeout, pointer, watch);
    }

    public HttpHealthOptions withHeaders(HeaderTemplates sent) {
        return withHeaders(sent, headerEnv);
    }

    /** The headers and the variables they may use, at once: each alone may not fit the other. */
    public HttpHealthOptions withHeaders(HeaderTemplates sent, HeaderEnvironment declared) {
        return new HttpHealthOptions(url, urlEnv, expectStatus, degradedAfter, sent, declared, required, requestTimeout,
                pointer, watch);
    }

    public HttpHealthOptions withRequired(boolean isRequired) {
        return new HttpHealthOptions(url, urlEnv, expectStatus, degradedAfter, headers, headerEnv, isRequired,
                requestTimeout, pointer, watch);
    }

    public HttpHealthOptions withRequestTimeout(Duration timeout) {
        return new HttpHealthOptions(url, urlEnv, expectStatus, degradedAfter, headers, headerEnv, required, timeout,
                pointer, watch);
    }

    public HttpHealthOptions withPointer(HealthPointer judged) {
        return new HttpHealthOptions(url, urlEnv, expectStatus, degradedAfter, headers, headerEnv, required,
                requestTimeout, Optional.of(judged), watch);
    }

    public HttpHealthOptions withWatch(Watch over) {
        return new HttpHealthOptions(url, urlEnv, expectStatus, degradedAfter, headers, headerEnv, required,
                requestTimeout, pointer, Optional.of(over));
    }
}
