package dev.mistralready.checks.monitoring;

import static dev.mistralready.check.Rule.error;
import static dev.mistralready.check.Rule.warning;

import dev.mistralready.check.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules the {@code prometheus-query} gate can report, for the rule catalogue. The examples are the
 * gate's own lines, as a run against a loopback Prometheus with canned answers printed them (the host
 * put back to https://prometheus.example.com).
 */
final class PrometheusRuleCatalogue {

    private static final String GATE = "FAIL   error-rate     Mistral error rate in monitoring                ";

    /** The fix of each built-in check's finding. */
    private static final Map<String, String> FIXES = Map.of(
            "api-down", "Look at the 5xx answers Mistral gives (https://status.mistral.ai, the app's logs) before the "
                    + "rollout goes on, and roll back if the deploy caused them.",
            "high-latency", "Find what makes Mistral calls slow (model, prompt size, `max_tokens`, retries, the app's "
                    + "load) before the rollout goes on, and roll back if the deploy caused it.",
            "rate-limited", "Lower the request rate (queue, cache, backoff with jitter) or raise the workspace's rate "
                    + "limit before the rollout goes on.",
            "auth-failure", "Check the API key the deployed app uses (the credential-probe gate) and rotate it if it "
                    + "was revoked; roll back if the deploy changed it.",
            "circuit-open", "Find the failures that opened the breaker (5xx, timeouts, 429) in the app's logs before the "
                    + "rollout goes on; the API-down and rate-limited checks often say which.",
            "cost-spike", "Find what drives spend (a loop, retries, larger prompts or `max_tokens`, a more expensive "
                    + "model) before the rollout goes on, and cap it.");

    private static final Map<String, String> WHY = Map.of(
            "api-down", "Mistral answering with 5xx errors means the app's chat requests fail or fall back; a pipeline "
                    + "that goes on rolling out during an outage spreads the failure to every user.",
            "high-latency", "A p95 over 5 s means one user in twenty waits longer than that, or times out; right after a "
                    + "deploy it is the first sign of a slower model or a retry storm.",
            "rate-limited", "429 answers mean requests are refused; the app's retries make it worse, and users see "
                    + "fallbacks or errors.",
            "auth-failure", "Any 401 means a request was sent with a key Mistral does not accept: a rotated, revoked or "
                    + "wrong key; every request with it fails.",
            "circuit-open", "An open breaker means the app has stopped calling Mistral and serves its fallback to every "
                    + "user until it closes.",
            "cost-spike", "Spend over $10 an hour is the checklist's cost alert; right after a deploy it is a bug that "
                    + "costs money until it is rolled back.");

    static final List<Rule> RULES = rules();

    private PrometheusRuleCatalogue() {
    }

    static String fixOf(BuiltInCheck check) {
        return FIXES.get(check.id());
    }

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(error(PrometheusRules.MISSING_VARIABLE, "A variable the Prometheus gate needs is not set",
                "Without Prometheus's address, or a header's value, nothing is asked, so the error rate after the "
                        + "deploy stays unknown; where the pipeline deploys (`required: true`) that is a failure.",
                "Set the variable where the checklist runs (the Prometheus address for `url-env`, a CI secret for a "
                        + "header's), or leave `required: false` to skip the gate where there is no Prometheus.")
                .withFinds("The variable `url-env` names, or one a header reads (declared in `header-env`), is not set, "
                        + "is empty or holds only whitespace, and `required` is `true`; with `required: false` (the "
                        + "default) the gate is skipped with the reason instead (`skipped: PROMETHEUS_URL is not set`).")
                .withExample("""
                        ```text
                        %s  3ms
                               error MR-PRM-001 checklist.yaml:158:5  PROMETHEUS_URL is not set
                        ```""".formatted(GATE)));
        rules.add(error(PrometheusRules.UNUSABLE_VARIABLE, "A variable the Prometheus gate needs cannot be used",
                "The value cannot be used as Prometheus's address or in a header, so nothing is asked and the error "
                        + "rate stays unchecked.",
                "Set the URL's variable to the Prometheus HTTP API's full `https://` (or `http://`) address without a "
                        + "user name or password (send credentials in `headers`), and a header's variable to one line "
                        + "of printable ASCII.")
                .withFinds("The value of the variable `url-env` names is not an `http://` or `https://` URL with a host, "
                        + "or carries a user name or password; or a header's variable contains a control character other "
                        + "than a tab, or a character outside printable ASCII. Nothing is sent."));
        rules.add(error(PrometheusRules.IN_CLEAR, "The Prometheus query would carry a secret in clear",
                "Plain http to another machine would show the token to anyone on the network path, so the gate sends "
                        + "nothing and the error rate stays unchecked.",
                "Set the variable to Prometheus's `https://` address (plain http is only for loopback: 127.0.0.0/8, "
                        + "::1, localhost).")
                .withFinds("The address from `url-env` is plain `http://` to a host that is not this machine "
                        + "(`127.0.0.0/8`, `::1`, `localhost`, judged as written, never by DNS), and the request would "
                        + "carry a secret: a header with a variable, or the URL's query. Nothing is sent."));
        rules.add(error(PrometheusRules.UNREACHABLE, "Prometheus cannot be reached",
                "With no answer from monitoring the gate cannot say whether the deploy is healthy; a pipeline must not "
                        + "read that as a pass.",
                "Check that Prometheus is up, the URL's host and port, and the network path to it (proxy, firewall, "
                        + "DNS, its certificate), or raise `request-timeout` if its queries are only slow.")
                .withFinds("No HTTP answer to a query: no answer within `request-timeout` (default `10s`), connection "
                        + "refused, DNS lookup failed, TLS handshake failed, or another connection failure. The gate "
                        + "ends in `ERROR` at the first such query, and the message names which, with the underlying "
                        + "error.")
                .withExample("""
                        ```text
                        ERROR  error-rate     Mistral error rate in monitoring                10.0s
                               unreachable: no answer within 10s (https://prometheus.example.com)
                               error MR-PRM-004 checklist.yaml:158:5  https://prometheus.example.com is unreachable: no answer within 10s (SocketTimeoutException: timeout)
                        ```"""));
        rules.add(error(PrometheusRules.REFUSED, "Prometheus refused a query",
                "A query Prometheus does not run answers nothing about the deploy; the gate reports it as an error, "
                        + "never as a pass.",
                "Fix the query as the server's error says (try it in the Prometheus UI), send the credentials the "
                        + "server expects in `headers`, or try again when a 503 server is ready.")
                .withFinds("The server answered `\"status\": \"error\"` (its `errorType` and `error` are quoted: "
                        + "`bad_data` for a query that does not parse, `execution`, `timeout`), or an HTTP status other "
                        + "than 2xx (400, 422, 503, a proxy's 401 or 403, a redirect, which is never followed). The gate "
                        + "ends in `ERROR` unless another check is over its threshold.")
                .withExample("""
                        ```text
                        ERROR  error-rate     Mistral error rate in monitoring                 12ms
                               could not check: error-ratio (Prometheus refused the query (400 bad_data: 1:14: parse error: unexpected "}"))
                               error MR-PRM-005 checklist.yaml:158:5  error-ratio: Prometheus refused the query (400 bad_data: 1:14: parse error: unexpected "}") (sum(rate(app_errors_total[5m]}))
                        ```"""));
        rules.add(error(PrometheusRules.UNREADABLE, "Prometheus's answer cannot be read",
                "An answer that is not the Prometheus API's JSON says nothing about the deploy: the URL points at "
                        + "something else (a web UI, a login page), or the query returns what no threshold applies to.",
                "Point `url` at the Prometheus HTTP API's base address (the one /api/v1/query is under) and make the "
                        + "query return an instant vector or a scalar.")
                .withFinds("A 2xx answer whose body is not JSON, has no `status`, no `data.resultType` of `vector`, "
                        + "`scalar`, `matrix` or `string`, or a sample that is not `[time, \"value\"]` with a number "
                        + "(`NaN`, `+Inf` and `-Inf` are numbers); an answer over 8 MiB; or a query whose result is a "
                        + "string, or a range vector where an instant one is compared (use `for` to judge a window)."));
        for (BuiltInCheck check : BuiltInCheck.ALL) {
            rules.add(error(check.ruleId(), "Mistral " + check.title().toLowerCase(java.util.Locale.ROOT)
                            + " in monitoring: " + check.condition(), WHY.get(check.id()), FIXES.get(check.id()))
                    .withFinds("The built-in check `" + check.id() + "` (" + check.condition() + "): the query of a "
                            + "preset in `metrics` returned a value `> " + SampleValue.show(check.threshold()) + "` ("
                            + check.unit() + ") for some series; the message gives the value, the series and the "
                            + "query. " + presets(check)));
        }
        rules.add(error(PrometheusRules.QUERY_OVER, "A query of `queries` is over its threshold",
                "The team's own condition for a healthy deploy does not hold.",
                "Find what drives the query over its threshold before the rollout goes on, and roll back if the deploy "
                        + "caused it; change `threshold` only if the value is normal for this service.")
                .withFinds("For a check in `queries`, `query op threshold` holds for at least one series of the instant "
                        + "query; with `for`, it holds at every step of the window (`query_range` over `for`, at most "
                        + "60 steps, none shorter than 15s), as an alerting rule with `for:` would fire. The message "
                        + "gives the worst value, the series and the query.")
                .withExample("""
                        ```text
                        %s 25ms
                               over the threshold: error-ratio 0.08 > 0.05
                               error MR-PRM-020 checklist.yaml:158:5  query `error-ratio`: 0.08 > 0.05 (sum(rate(app_errors_total[5m])) / sum(rate(app_requests_total[5m])))
                        ```""".formatted(GATE)));
        rules.add(warning(PrometheusRules.NO_DATA, "A Prometheus query returned no data",
                "A metric that does not exist is not a pass: the app may not export it, Prometheus may not scrape it, "
                        + "or it is named otherwise; the condition is then not checked at all.",
                "Check that the app exports the metric and Prometheus scrapes it, that the name and labels match (set "
                        + "`metrics` to the preset the app uses, or write the check in `queries`), and that there was "
                        + "traffic in the window.")
                .withFinds("A check whose every query returned no series, or only `NaN` (a quantile or a ratio over no "
                        + "requests). For a built-in check, a preset without data is no warning as long as another "
                        + "preset's query has data (a team exports one naming); the details name the presets without.")
                .withExample("""
                        ```text
                        WARN   error-rate     Mistral error rate in monitoring                 31ms
                               no data: cost-spike; 5 checks under the threshold
                               warning MR-PRM-021 checklist.yaml:158:5  cost-spike: no data, so not checked: the query returned no series: mistral: sum(increase(mistral_cost_dollars_total[1h]))
                        ```"""));
        return List.copyOf(rules);
    }

    private static String presets(BuiltInCheck check) {
        List<String> without = BuiltInCheck.PRESETS.stream().filter(p -> !check.queries().containsKey(p)).toList();
        return without.isEmpty() ? "Every preset has a query for it." : "No query in "
                + String.join(", ", without) + " (no metric for it).";
    }
}
