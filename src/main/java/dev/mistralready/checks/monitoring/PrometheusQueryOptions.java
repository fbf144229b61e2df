package dev.mistralready.checks.monitoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.DurationText;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.check.Quoted;
import dev.mistralready.http.HeaderEnvironment;
import dev.mistralready.http.HeaderTemplates;
import dev.mistralready.http.ServiceUrl;
import dev.mistralready.http.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code with:} block of a {@code prometheus-query} gate. */
public record PrometheusQueryOptions(
        @OptionDoc(value = "the Prometheus HTTP API's address (Prometheus, Thanos, Mimir, VictoriaMetrics), such as "
                + "https://prometheus.example.com; /api/v1/query is added (or use `url-env`)", type = "URL")
        @JsonProperty("url")
        Optional<ServiceUrl> url,

        @OptionDoc("the environment variable that holds the address, such as PROMETHEUS_URL (instead of `url`)")
        @JsonProperty("url-env")
        Optional<String> urlEnv,

        @OptionDoc(value = "headers to send, such as Authorization: \"Bearer ${PROM_TOKEN}\"; ${NAME} is the environment "
                + "variable NAME, which `header-env` must declare; values are never shown", type = "mapping")
        @JsonProperty("headers")
        HeaderTemplates headers,

        @OptionDoc(value = "the environment variables `headers` may use, such as [PROM_TOKEN]; never MISTRAL_API_KEY or a "
                + "CI platform's token; with them, the address must be https:// unless it is loopback", type = "list")
        @JsonProperty("header-env")
        HeaderEnvironment headerEnv,

        @OptionDoc("whether a variable that is not set fails the gate (default false: the gate is skipped with the reason)")
        @JsonProperty("required")
        boolean required,

        @OptionDoc(value = "the built-in checks to run (default all): api-down, high-latency, rate-limited, auth-failure, "
                + "circuit-open, cost-spike; `[]` runs only `queries`", type = "list")
        @JsonProperty("checks")
        List<String> checks,

        @OptionDoc(value = "the metric names the built-in checks query: mistral, micrometer, otel-genai, otel-http, "
                + "litellm (default all, as the alert-rules gate's `metrics`)", type = "list of presets")
        @JsonProperty("metrics")
        List<String> metrics,

        @OptionDoc(value = "your own checks: each a `name`, a PromQL `query`, `op` (> >= < <= == !=) and `threshold`: it "
                + "fails when `query op threshold` holds; with `for` (a duration) it fails only when that holds "
                + "throughout the window (query_range)", type = "list of checks")
        @JsonProperty("queries")
        List<QuerySpec> queries,

        @OptionDoc("no answer to a query within this time is a gate error (default 10s)")
        @JsonProperty("request-timeout")
        Duration requestTimeout) {

    static final String EXAMPLE_URL = "https://prometheus.example.com";
    public static final String DEFAULT_URL_ENV = "PROMETHEUS_URL";
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public PrometheusQueryOptions {
        Target checked = Target.of(url.orElse(null), urlEnv.orElse(null), headers, headerEnv, EXAMPLE_URL,
                DEFAULT_URL_ENV);
        url = checked.url();
        urlEnv = checked.urlEnv();
        headers = checked.headers();
        headerEnv = checked.headerEnv();
        checks = checks == null ? BuiltInCheck.ids() : canonical(checks);
        metrics = metrics == null || metrics.isEmpty() ? BuiltInCheck.PRESETS : presets(metrics);
        queries = queries == null ? List.of() : List.copyOf(queries);
        Set<String> names = new HashSet<>();
        for (QuerySpec query : queries) {
            if (!names.add(query.name())) {
                throw new IllegalArgumentException("`queries` has two checks named `" + query.name() + "`; names "
                        + "tell the checks apart in the report");
            }
        }
        if (checks.isEmpty() && queries.isEmpty()) {
            throw new IllegalArgumentException("`checks: []` and no `queries`: the gate would check nothing; name a "
                    + "built-in check (" + String.join(", ", BuiltInCheck.ids()) + ") or add a query");
        }
        if (requestTimeout == null) {
            requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        } else if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("`request-timeout` " + DurationText.format(requestTimeout)
                    + " is not positive; expected " + DurationText.EXPECTED);
        }
    }

    @JsonCreator
    static PrometheusQueryOptions bind(@JsonProperty("url") ServiceUrl url,
                                       @JsonProperty("url-env") String urlEnv,
                                       @JsonProperty("headers") HeaderTemplates headers,
                                       @JsonProperty("header-env") HeaderEnvironment headerEnv,
                                       @JsonProperty("required") Boolean required,
                                       @JsonProperty("checks") List<String> checks,
                                       @JsonProperty("metrics") List<String> metrics,
                                       @JsonProperty("queries") List<QuerySpec> queries,
                                       @JsonProperty("request-timeout") Duration requestTimeout) {
        return new PrometheusQueryOptions(Optional.ofNullable(url), Optional.ofNullable(urlEnv), headers, headerEnv,
                required != null && required, checks, metrics, queries, requestTimeout);
    }

    /** Every option at its default, asking the Prometheus at {@code url}. */
    public static PrometheusQueryOptions of(ServiceUrl url) {
        return bind(url, null, null, null, null, null, null, null, null);
    }

    /** Every option at its default, asking the Prometheus whose address is in {@code variable}. */
    public static PrometheusQueryOptions fromEnvironment(String variable) {
        return bind(null, variable, null, null, null, null, null, null, null);
    }

    public PrometheusQueryOptions withHeaders(HeaderTemplates sent, HeaderEnvironment declared) {
        return new PrometheusQueryOptions(url, urlEnv, sent, declared, required, checks, metrics, queries, requestTimeout);
    }

    public PrometheusQueryOptions withRequired(boolean isRequired) {
        return new PrometheusQueryOptions(url, urlEnv, headers, headerEnv, isRequired, checks, metrics, queries,
                requestTimeout);
    }

    public PrometheusQueryOptions withChecks(List<String> names) {
        return new PrometheusQueryOptions(url, urlEnv, headers, headerEnv, required, names, metrics, queries,
                requestTimeout);
    }

    public PrometheusQueryOptions withMetrics(List<String> presets) {
        return new PrometheusQueryOptions(url, urlEnv, headers, headerEnv, required, checks, presets, queries,
                requestTimeout);
    }

    PrometheusQueryOptions withQueries(List<QuerySpec> own) {
        return new PrometheusQueryOptions(url, urlEnv, headers, headerEnv, required, checks, metrics, own,
                requestTimeout);
    }

    /** Only these queries, none of the built-in checks. */
    PrometheusQueryOptions withOnly(List<QuerySpec> own) {
        return new PrometheusQueryOptions(url, urlEnv, headers, headerEnv, required, List.of(), metrics, own,
                requestTimeout);
    }

    public PrometheusQueryOptions withRequestTimeout(Duration timeout) {
        return new PrometheusQueryOptions(url, urlEnv, headers, headerEnv, required, checks, metrics, queries, timeout);
    }

    Target target() {
        return new Target(url, urlEnv, headers, headerEnv);
    }

    /** The built-in checks chosen, in the alert table's order. */
    List<BuiltInCheck> builtIns() {
        return BuiltInCheck.ALL.stream().filter(check -> checks.contains(check.id())).toList();
    }

    private static List<String> canonical(List<String> written) {
        List<String> ids = new ArrayList<>();
        for (String name : written) {
            BuiltInCheck check = BuiltInCheck.named(name == null ? "" : name).orElseThrow(() ->
                    new IllegalArgumentException("`checks` names `" + Quoted.excerpt(String.valueOf(name)) + "`, which is "
                            + "not a built-in check (checks: " + String.join(", ", BuiltInCheck.ids()) + "; add your own "
                            + "in `queries`)"));
            if (!ids.contains(check.id())) {
                ids.add(check.id());
            }
        }
        return List.copyOf(ids);
    }

    private static List<String> presets(List<String> written) {
        List<String> ids = new ArrayList<>();
        for (String name : written) {
            String id = name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT);
            if (!BuiltInCheck.PRESETS.contains(id)) {
                throw new IllegalArgumentException("`metrics` names `" + Quoted.excerpt(String.valueOf(name)) + "`, which "
                        + "is not a preset (presets: " + String.join(", ", BuiltInCheck.PRESETS) + ")");
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }
}
