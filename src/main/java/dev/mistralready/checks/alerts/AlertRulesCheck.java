package dev.mistralready.checks.alerts;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.DurationText;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code alert-rules} gate: the Prometheus alerting rules include the six alerts of the production
 * checklist (API down, high latency, rate limited, auth failure, circuit open, cost spike), each held
 * and tight enough, and promtool accepts the files when it is installed.
 */
public final class AlertRulesCheck implements Check<AlertRulesOptions> {

    static final String NO_FOR = "MR-ALR-007";
    static final String LOOSE_THRESHOLD = "MR-ALR-008";
    static final String NO_RULES = "MR-ALR-010";

    @Override
    public String type() {
        return "alert-rules";
    }

    @Override
    public String summary() {
        return "Checks Prometheus alert rules: API down, latency, 429, 401, circuit open and cost alerts exist and are tight enough";
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
        for (RequiredAlert alert : required) {
            findings.addAll(judge(alert, rules.rules(), home));
        }
        if (options.promtool()) {
            details.add(promtool(rules, context, findings));
        } else {
            details.add("syntax not checked: `promtool: false`");
        }
        String scope = rules.rules().size() + (rules.rules().size() == 1 ? " alerting rule" : " alerting rules") + " in "
                + rules.ruleFiles().size() + (rules.ruleFiles().size() == 1 ? " file" : " files");
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

    /** Missing, or the problems of the first matching rule when none of the matching rules is sound. */
    private static List<Finding> judge(RequiredAlert alert, List<AlertRule> rules, RuleSet.RuleFile home) {
        List<AlertRule> matching = rules.stream().filter(rule -> alert.watchedBy(rule.expr())).toList();
        if (matching.isEmpty()) {
            String message = "no alert for " + alert.describe() + ": no alerting rule's expr matches "
                    + alert.match().stream().map(pattern -> "/" + pattern.pattern() + "/").toList();
            String fix = "Add an alerting rule such as `" + alert.sketch().replace("\n", " ") + "`, or set `alerts: {"
                    + alert.id() + ": {match: [...]}}` to how your metrics are named.";
            return List.of(Finding.of(alert.ruleId(), Severity.ERROR, message, fix)
                    .at(Location.of(home.path(), home.groupsLine()))
                    .withFingerprint(alert.ruleId() + ":" + alert.id()));
        }
        List<Finding> firstProblems = List.of();
        for (AlertRule rule : matching) {
            List<Finding> problems = problems(alert, rule);
            if (problems.isEmpty()) {
                return List.of();
            }
            if (firstProblems.isEmpty()) {
                firstProblems = problems;
            }
        }
        return firstProblems;
    }

    private static List<Finding> problems(RequiredAlert alert, AlertRule rule) {
        List<Finding> problems = new ArrayList<>();
        String named = "alert `" + rule.name() + "` (" + alert.title() + ")";
        if (alert.holdFor().isPresent() && rule.holdFor().isEmpty()) {
            String duration = DurationText.format(alert.holdFor().get());
            problems.add(Finding.of(NO_FOR, Severity.WARNING,
                            named + " has no `for:`; the checklist holds it for " + duration + " before firing",
                            "Add `for: " + promDuration(alert) + "` to the rule so a single slow scrape does not page.")
                    .at(Location.of(rule.file(), rule.alertLine()))
                    .withFingerprint(NO_FOR + ":" + alert.id() + ":" + rule.file() + ":" + rule.name()));
        }
        Optional<AlertRule.Comparison> comparison = rule.comparison();
        if (alert.threshold().isPresent() && comparison.isPresent()) {
            double threshold = alert.threshold().get();
            boolean seconds = alert.millis() && rule.inSeconds();
            double limit = seconds ? threshold / 1000 : threshold;
            if (comparison.get().looserThan(limit)) {
                String expected = "> " + AlertRule.number(limit) + (seconds ? " (seconds)" : "");
                problems.add(Finding.of(LOOSE_THRESHOLD, Severity.WARNING,
                                named + " fires at `" + comparison.get().text() + "`, looser than the checklist's `"
                                        + expected + "` (" + alert.condition() + ")",
                                "Lower the comparison in `expr` to `" + expected.replace(" (seconds)", "")
                                        + "`, or set `alerts: {" + alert.id() + ": {threshold: N}}` if yours is deliberate.")
                        .at(Location.of(rule.file(), rule.exprLine()))
                        .withFingerprint(LOOSE_THRESHOLD + ":" + alert.id() + ":" + rule.file() + ":" + rule.name()));
            }
        }
        return problems;
    }

    /** {@code 5m}: the Prometheus spelling of the alert's hold. */
    private static String promDuration(RequiredAlert alert) {
        long seconds = alert.holdFor().orElseThrow().toSeconds();
        return seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    private static String promtool(RuleSet rules, CheckContext context, List<Finding> findings) throws IOException {
        List<String> plain = rules.ruleFiles().stream().filter(RuleSet.RuleFile::plain).map(RuleSet.RuleFile::path).toList();
        if (plain.isEmpty()) {
            return "syntax not checked: promtool reads rule files, not PrometheusRule resources";
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
