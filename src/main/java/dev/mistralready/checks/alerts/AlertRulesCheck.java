package dev.mistralready.checks.alerts;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code alert-rules} gate: the alerting rules (Prometheus, vmalert, PrometheusRule, Grafana) include
 * the six alerts of the production checklist (API down, high latency, rate limited, auth failure, circuit
 * open, cost spike) in one of the metric presets, each held, tight enough in the checklist's unit and
 * labelled with its severity, and promtool accepts the plain rule files when it is installed.
 */
public final class AlertRulesCheck implements Check<AlertRulesOptions> {

    static final String NO_RULES = "MR-ALR-010";

    @Override
    public String type() {
        return "alert-rules";
    }

    @Override
    public List<Rule> rules() {
        return AlertRuleCatalogue.rules();
    }

    @Override
    public String summary() {
        return "Checks Prometheus, vmalert and Grafana alert rules: API down, latency, 429, 401, circuit open and cost alerts "
                + "exist, are tight enough in the checklist's unit and carry its severity";
    }

    @Override
    public Class<AlertRulesOptions> optionsType() {
        return AlertRulesOptions.class;
    }

    @Override
    public boolean needsWorkTree(AlertRulesOptions options) {
        return true;
    }

    @Override
    public Outcome run(AlertRulesOptions options, CheckContext context) throws Exception {
        RuleSet rules = RuleSet.read(context.projectRoot(), options.paths());
        if (rules.noneRead()) {
            return rules.unread().noneRead();
        }
        return rules.unread().limit(withProblems(judge(rules, options, context), rules.problems()));
    }

    /** Rule files that are not YAML fail the gate, whatever the alerts that could be read say. */
    private static Outcome withProblems(Outcome verdict, List<Finding> problems) {
        if (problems.isEmpty()) {
            return verdict;
        }
        List<Finding> findings = new ArrayList<>(problems);
        findings.addAll(verdict.findings());
        String summary = verdict.summary().startsWith("skipped: ") ? verdict.summary().substring("skipped: ".length())
                : verdict.summary();
        summary += "; " + problems.size() + (problems.size() == 1 ? " file is" : " files are") + " not valid YAML";
        return new Outcome(Status.FAIL, summary, findings, verdict.details(), verdict.baselined());
    }

    private static Outcome judge(RuleSet rules, AlertRulesOptions options, CheckContext context) throws IOException {
        List<String> details = new ArrayList<>(rules.skipped().stream().map(line -> "skipped " + line).toList());
        details.addAll(rules.notes());
        if (rules.ruleFiles().isEmpty()) {
            String reason = "no Prometheus rule files in " + rules.describeLooked();
            if (!options.required()) {
                return Outcome.skip("skipped: " + reason).withDetails(String.join("\n", details));
            }
            return Outcome.fail(reason, List.of(Finding.of(NO_RULES, Severity.ERROR, reason,
                    "Add the Mistral alerts as a Prometheus rule file or PrometheusRule under one of those folders, "
                            + "or name it in `paths`."))).withDetails(String.join("\n", details));
        }
        RuleSet.RuleFile home = rules.ruleFiles().get(0);
        List<Finding> findings = new ArrayList<>();
        List<RequiredAlert> required = options.effectiveAlerts();
        int unchecked = 0;
        for (RequiredAlert alert : required) {
            AlertJudge.Verdict verdict = new AlertJudge(alert, options.presets()).judge(rules.rules(), home);
            findings.addAll(verdict.findings());
            details.addAll(verdict.notes());
            unchecked += verdict.notes().size();
        }
        if (options.promtool()) {
            details.add(promtool(rules, context, findings));
        } else {
            details.add("syntax not checked: `promtool: false`");
        }
        String scope = rules.rules().size() + (rules.rules().size() == 1 ? " alerting rule" : " alerting rules") + " in "
                + rules.ruleFiles().size() + (rules.ruleFiles().size() == 1 ? " file" : " files")
                + (unchecked == 0 ? "" : "; " + unchecked + (unchecked == 1 ? " threshold" : " thresholds") + " not checked");
        Outcome outcome;
        if (findings.isEmpty()) {
            outcome = Outcome.pass(required.size() + " required alerts present (" + scope + ")");
        } else {
            String summary = findings.size() + (findings.size() == 1 ? " problem" : " problems") + " in the alerts (" + scope + ")";
            boolean anyError = findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
            outcome = anyError ? Outcome.fail(summary, findings) : Outcome.warn(summary, findings);
        }
        return outcome.withDetails(String.join("\n", details));
    }

    private static String promtool(RuleSet rules, CheckContext context, List<Finding> findings) throws IOException {
        List<String> plain = rules.ruleFiles().stream().filter(RuleSet.RuleFile::plain).map(RuleSet.RuleFile::path).toList();
        if (plain.isEmpty()) {
            return "syntax not checked: promtool reads Prometheus rule files, "
                    + "not PrometheusRule, VMRule, vmalert-only or Grafana files";
        }
        Optional<Path> promtool = Promtool.find(context.environment());
        if (promtool.isEmpty()) {
            return "syntax not checked: promtool is not on the PATH (install Prometheus' promtool to check it)";
        }
        Promtool.Verdict verdict = Promtool.check(promtool.get(), plain, context);
        findings.addAll(verdict.findings());
        return verdict.details();
    }
}
