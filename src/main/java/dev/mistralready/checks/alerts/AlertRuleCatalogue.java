package dev.mistralready.checks.alerts;

import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The rules the {@code alert-rules} gate can report, for the rule catalogue. */
final class AlertRuleCatalogue {

    /** Per required alert, a rule that looks like it but does not count, with why: the first lines of its example. */
    private static final Map<String, String> NOT_COUNTED = Map.of(
            "api-down", """
                    # not counted: no label says the client called Mistral
                    - alert: UpstreamErrors
                      expr: sum(rate(http_client_requests_seconds_count{status=~"5.."}[1m])) > 10/60""",
            "high-latency", """
                    # not counted: an average is not a p95
                    - alert: SlowMistral
                      expr: rate(mistral_request_duration_seconds_sum[5m]) / rate(mistral_request_duration_seconds_count[5m]) > 5""",
            "rate-limited", """
                    # not counted: 4.. is every client error, not 429
                    - alert: MistralClientErrors
                      expr: sum(increase(mistral_requests_total{status=~"4.."}[1m])) > 5""",
            "auth-failure", """
                    # not counted: the app's own 401s, not Mistral's
                    - alert: Unauthorized
                      expr: sum(increase(http_server_requests_seconds_count{status="401"}[5m])) > 0""",
            "circuit-open", """
                    # not counted: no breaker name says it is Mistral's
                    - alert: BreakerOpen
                      expr: max(resilience4j_circuitbreaker_state{state="open"}) > 0""",
            "cost-spike", """
                    # not counted: no metric or label names Mistral
                    - alert: LlmSpend
                      expr: sum(increase(llm_cost_dollars_total[1h])) > 10""");

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (RequiredAlert alert : RequiredAlert.DEFAULTS) {
            boolean status = alert.signatures(EnumSet.allOf(MetricPreset.class)).stream()
                    .anyMatch(signature -> signature.status().isPresent());
            String expr = alert.sketch().lines().map(String::strip).filter(line -> line.startsWith("expr: "))
                    .map(line -> line.substring("expr: ".length())).findFirst().orElseThrow();
            rules.add(new Rule(alert.ruleId(), "No alerting rule for " + alert.title() + " (" + alert.condition() + ")",
                    Severity.ERROR,
                    "Without an alert on this condition nobody is told when it happens, so users find the problem"
                            + " before the team does.",
                    "Add an alerting rule such as `" + expr + "` with `severity: " + alert.priority().suggestion()
                            + "`, or set `alerts: {" + alert.id() + ": {match: [...]}}` to how your metrics are named.",
                    "No alerting rule's `expr` watches " + alert.title() + " (`" + alert.id() + "`: " + alert.condition()
                            + ", " + alert.priority() + ") in the metric names of the chosen presets (`metrics`), or"
                            + " matches all of the alert's `match` regexes when they are set; at the first rule file's"
                            + " `groups:` line" + (status ? ", or at the `expr:` line of a rule that watches the right"
                            + " metric but excludes the status (`" + excluding(alert) + "`) or names it only"
                            + " in a PromQL comment" : "") + ". Not reported for an alert set to `skip: true`.",
                    "```yaml\n" + NOT_COUNTED.get(alert.id()) + "\n# fixed:\n" + alert.sketch() + "\n```"));
        }
        rules.add(Rule.warning(AlertJudge.NO_FOR, "An alert without a long enough for:",
                        "An alert without a `for:` fires on a single evaluation, so one slow scrape or a short spike"
                                + " pages someone; alerts that page for nothing teach people to ignore them.",
                        "Set `for:` on the rule to at least the checklist's duration (`for: 5m` for `high-latency`), so"
                                + " a single slow scrape does not page.")
                .withFinds("The rule that watches an alert with a `for` in the checklist (`high-latency`: 5m, or the"
                        + " alert's `for` option; `for: none` turns it off) has no `for:`, or a shorter one; at its"
                        + " `alert:` line. Reported on the first rule that watches the alert, when no rule that"
                        + " watches it is free of problems.")
                .withExample("""
                        ```yaml
                        - alert: MistralHighLatency
                          expr: histogram_quantile(0.95, sum by (le) (rate(mistral_request_duration_seconds_bucket[5m]))) > 5
                          labels: {severity: warning}
                          # fixed: add
                          for: 5m
                        ```"""));
        rules.add(Rule.warning(AlertJudge.LOOSE_THRESHOLD, "An alert threshold looser than the checklist's",
                        "A threshold above the checklist's fires later than agreed, or not at all for the incident it is"
                                + " meant for.",
                        "Lower the comparison in `expr` to the checklist's threshold in its unit (`rate()` is per second:"
                                + " 10/min is `> 10/60`), or set `alerts: {<id>: {threshold: N}}` if yours is deliberate.")
                .withFinds("The `> N` (or `>= N`) of the rule that watches an alert, read in the checklist's unit, is"
                        + " looser than the checklist's threshold or the alert's `threshold` option (10/min for"
                        + " `api-down`, 5000 ms for `high-latency`, 5/min for `rate-limited`, any 401 for"
                        + " `auth-failure`, $10/hour for `cost-spike`); at its `expr:` line, with the converted value"
                        + " (`> 10` on a `rate()` is 600/min). Ratios, token counts and comparisons without `rate()` or"
                        + " `increase()` are not judged, and the details say so. Reported on the first rule that"
                        + " watches the alert, when no rule that watches it is free of problems.")
                .withExample("""
                        ```yaml
                          expr: sum(rate(mistral_requests_total{status=~"5.."}[5m])) > 10   # 600/min
                        # fixed: 10/min
                          expr: sum(rate(mistral_requests_total{status=~"5.."}[5m])) > 10/60
                        ```"""));
        rules.add(Rule.error(Promtool.RULE_SYNTAX, "promtool rejected a rule file",
                        "Prometheus refuses to load a rule file that promtool rejects, so none of its alerts ever fire.",
                        "Fix the rule as promtool says, and run `promtool check rules FILE` to confirm.")
                .withFinds("`promtool check rules` rejected a plain Prometheus rule file (not a PrometheusRule, VMRule,"
                        + " vmalert-only or Grafana file); at the file and line promtool names, in its words. Run only"
                        + " when `promtool` is on the PATH and `promtool` is not `false`."));
        rules.add(Rule.error(AlertRulesCheck.NO_RULES, "No alert rule files found, though they are required",
                        "The checklist requires alert rules and none were found, so no alert would tell anyone about a"
                                + " Mistral outage.",
                        "Add the Mistral alerts as a Prometheus rule file or PrometheusRule under one of the folders"
                                + " searched, or name it in `paths`.")
                .withFinds("`required: true` and no file under `paths` (or the default folders and rule file names)"
                        + " holds rule groups: Prometheus or vmalert `groups:`, a PrometheusRule or VMRule, or Grafana"
                        + " alerting provisioning. Without `required` the gate is skipped and says where it looked."));
        rules.add(Rule.warning(AlertJudge.SEVERITY, "An alert with a missing or low severity label",
                        "Alerts are routed by their `severity` label; a missing, unknown or low one can send a P1 to a"
                                + " channel nobody watches at night.",
                        "Label the rule with the checklist's priority: `severity: critical` (P1), `warning` (P2) or"
                                + " `info` (P3).")
                .withFinds("The rule that watches an alert has no `severity` label, a value that is none of the known"
                        + " words (read without case), or one ranked below the checklist's priority (P1 for"
                        + " `api-down` and `auth-failure`, P2 for `high-latency`, `rate-limited` and `circuit-open`, P3"
                        + " for `cost-spike`); at its `labels:` line, or its `alert:` line when it has none. A higher"
                        + " rank is accepted.")
                .withExample("""
                        ```yaml
                        - alert: MistralAuthFailure
                          expr: sum(increase(mistral_requests_total{status="401"}[5m])) > 0
                          labels: {severity: warning}   # the checklist ranks it P1
                        # fixed:
                          labels: {severity: critical}
                        ```"""));
        rules.add(Rule.error(RuleFileProblems.NOT_YAML, "A rule file is not valid YAML",
                        "Prometheus cannot load a file that is not valid YAML, so no alert in it ever fires.",
                        "Fix the YAML at the line and column the finding names, or move the file out of `paths`.")
                .withFinds("A YAML file the gate reads (any under `paths`, a manifest in `k8s/` too) is not valid YAML,"
                        + " at its line and column in the parser's words, never quoting the file; or one of its"
                        + " documents is plain text. No alert from that point on is read. A Helm chart's `templates/`"
                        + " and a file with `{{ ... }}` outside quoted values that does not parse are skipped instead.")
                .withExample("""
                        ```yaml
                          expr: "sum(rate(mistral_requests_total{status=~"5.."}[1m])) > 10/60"
                        # fixed: single quotes around an expr with double quotes in it
                          expr: 'sum(rate(mistral_requests_total{status=~"5.."}[1m])) > 10/60'
                        ```"""));
        return List.copyOf(rules);
    }

    /** A matcher that leaves out the status an alert must select: {@code status!="429"}. */
    private static String excluding(RequiredAlert alert) {
        return switch (alert.id()) {
            case "rate-limited" -> "status!=\"429\"";
            case "auth-failure" -> "status!=\"401\"";
            default -> "status!~\"5..\"";
        };
    }

    private AlertRuleCatalogue() {
    }
}
