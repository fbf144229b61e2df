package dev.mistralready.checks.monitoring;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.http.ConnectionFailure;
import dev.mistralready.http.HttpReply;
import dev.mistralready.http.LoopbackHost;
import dev.mistralready.http.ServiceUrl;
import dev.mistralready.http.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code prometheus-query} gate: asks the Prometheus HTTP API (or Thanos, Mimir, VictoriaMetrics)
 * for the production checklist's alert table (5xx > 10/min, p95 > 5 s, 429 > 5/min, any 401, breaker
 * open, spend > $10/hour) in the {@code alert-rules} gate's metric presets, and for the team's own
 * queries, after a deploy: "check the error rate in monitoring".
 */
public final class PrometheusQueryCheck implements Check<PrometheusQueryOptions> {

    @Override
    public String type() {
        return "prometheus-query";
    }

    @Override
    public String summary() {
        return "Asks Prometheus for Mistral's error rate, latency, 429s, 401s, breaker and spend after a deploy, "
                + "and for your own queries, against thresholds";
    }

    @Override
    public Class<PrometheusQueryOptions> optionsType() {
        return PrometheusQueryOptions.class;
    }

    @Override
    public Duration defaultTimeout() {
        return Duration.ofMinutes(2);
    }

    @Override
    public boolean needsNetwork(PrometheusQueryOptions options) {
        return true;
    }

    @Override
    public List<Rule> rules() {
        return PrometheusRuleCatalogue.RULES;
    }

    @Override
    public Outcome run(PrometheusQueryOptions options, CheckContext context) {
        Target target = options.target();
        Target.Resolution resolution = target.resolve(context.environment());
        if (!(resolution instanceof Target.Resolution.Ready ready)) {
            return unresolved(resolution, options.required());
        }
        String shown = PrometheusApi.shown(ready.url(), "query");
        PrometheusApi api = new PrometheusApi(context.network().client(), options.requestTimeout(), ready,
                context.clock(), context.cancellation());
        QueryRun run = new QueryRun(api);
        List<CheckResult> results = new ArrayList<>();
        Outcome outcome;
        try {
            for (BuiltInCheck check : options.builtIns()) {
                results.add(run.builtIn(check, options.metrics()));
            }
            for (QuerySpec query : options.queries()) {
                results.add(run.custom(query));
            }
            outcome = verdict(results);
        } catch (QueryRun.Unanswered e) {
            outcome = unreachable(e.none(), target, ready.url(), options.requestTimeout());
            if (!results.isEmpty()) {
                outcome = outcome.withDetails(results.stream().map(CheckResult::line)
                        .collect(Collectors.joining("\n")));
            }
        }
        String request = "request: GET " + shown + (options.queries().stream().anyMatch(q -> q.holdFor().isPresent())
                ? " and " + PrometheusApi.shown(ready.url(), "query_range") : "");
        outcome = outcome.withDetails(outcome.details().isEmpty() ? request : request + "\n" + outcome.details());
        return ready.redaction().scrub(outcome);
    }

    private static Outcome verdict(List<CheckResult> results) {
        List<Finding> findings = results.stream().flatMap(result -> result.findings().stream()).toList();
        List<String> over = briefs(results, Status.FAIL);
        List<String> errors = briefs(results, Status.ERROR);
        List<String> empty = briefs(results, Status.WARN);
        long passed = results.stream().filter(result -> result.status() == Status.PASS).count();
        long skipped = results.stream().filter(result -> result.status() == Status.SKIP).count();
        Status status = !over.isEmpty() ? Status.FAIL : !errors.isEmpty() ? Status.ERROR
                : !empty.isEmpty() ? Status.WARN : Status.PASS;
        List<String> parts = new ArrayList<>();
        if (!over.isEmpty()) {
            parts.add("over the threshold: " + String.join(", ", over));
        }
        if (!errors.isEmpty()) {
            String reason = results.stream().filter(result -> result.status() == Status.ERROR).map(CheckResult::reason)
                    .findFirst().orElse("");
            boolean same = results.stream().filter(result -> result.status() == Status.ERROR)
                    .allMatch(result -> result.reason().equals(reason));
            parts.add("could not check: " + String.join(", ", errors) + " (" + reason
                    + (same || errors.size() == 1 ? "" : "; the others in the findings") + ")");
        }
        if (!empty.isEmpty()) {
            parts.add("no data: " + String.join(", ", empty));
        }
        if (passed > 0 || parts.isEmpty()) {
            parts.add(passed + (passed == 1 ? " check" : " checks") + " under the threshold");
        }
        if (skipped > 0) {
            parts.add(skipped + " not checked (no metric in `metrics`)");
        }
        String details = results.stream().map(CheckResult::line).collect(Collectors.joining("\n"));
        return new Outcome(status, String.join("; ", parts), findings, details, List.of());
    }

    private static List<String> briefs(List<CheckResult> results, Status status) {
        return results.stream().filter(result -> result.status() == status).map(CheckResult::brief).toList();
    }

    private static Outcome unresolved(Target.Resolution resolution, boolean required) {
        if (resolution instanceof Target.Resolution.Missing missing) {
            String why = missing.variable() + (missing.empty() ? " is empty" : " is not set")
                    + missing.header().map(header -> " (header `" + header + "` uses it)").orElse("");
            if (!required) {
                return Outcome.skip("skipped: " + why);
            }
            String provide = missing.header().isPresent()
                    ? "Provide " + missing.variable() + " where this checklist runs (a CI secret)"
                    : "Set " + missing.variable() + " to the Prometheus HTTP API's address where this checklist runs";
            return Outcome.fail(why, List.of(Finding.of(PrometheusRules.MISSING_VARIABLE, Severity.ERROR, why,
                    provide + ", or set `required: false` to skip the gate when it is absent.")));
        }
        if (resolution instanceof Target.Resolution.InClear inClear) {
            ServiceUrl url = inClear.url();
            return Outcome.fail("refused: plain http to " + url.host() + " would carry a secret in clear",
                    List.of(Finding.of(PrometheusRules.IN_CLEAR, Severity.ERROR, inClear.variable() + " is plain http:// to "
                                    + url.host() + ", which is not this machine, so " + inClear.carrier() + " would travel "
                                    + "in clear; nothing was sent",
                            "Set " + inClear.variable() + " to the https:// address of Prometheus (plain http is only for "
                                    + "loopback: " + LoopbackHost.DESCRIBED + ").")));
        }
        Target.Resolution.Unusable unusable = (Target.Resolution.Unusable) resolution;
        return Outcome.fail(unusable.variable() + " cannot be used", List.of(Finding.of(
                PrometheusRules.UNUSABLE_VARIABLE, Severity.ERROR, unusable.problem(), unusable.fix())));
    }

    /** No answer: named as the other live gates name it, but an error: the gate could not check. */
    private static Outcome unreachable(HttpReply.NoAnswer none, Target target, ServiceUrl url, Duration timeout) {
        ConnectionFailure failure = none.failure();
        if (failure == ConnectionFailure.CANCELLED) {
            return Outcome.error("cancelled before Prometheus at " + url + " answered");
        }
        String what = failure.explain(url.host(), timeout);
        String setting = target.urlSetting();
        String fix = switch (failure) {
            case TIMEOUT -> "Check that Prometheus is up and the network path to it (proxy, firewall); raise "
                    + "`request-timeout` if its queries are only slow.";
            case CONNECTION_REFUSED -> "Nothing accepts connections at " + setting + ": check the address and port of "
                    + "the Prometheus HTTP API.";
            case DNS -> "Check the host in " + setting + " and the DNS settings of the machine the checklist runs on.";
            case TLS -> "Check Prometheus's certificate, a TLS-intercepting proxy (add its CA to the JVM's trust "
                    + "store) and the machine's clock.";
            default -> "Check that Prometheus is up and the network path to it (proxy, firewall, VPN).";
        };
        return new Outcome(Status.ERROR, "unreachable: " + what + " (" + url + ")", List.of(Finding.of(
                PrometheusRules.UNREACHABLE, Severity.ERROR, url + " is unreachable: " + what + " (" + none.detail() + ")",
                fix)), "", List.of());
    }
}
