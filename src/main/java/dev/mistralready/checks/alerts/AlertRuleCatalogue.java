package dev.mistralready.checks.alerts;

import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.List;

/** The rules the {@code alert-rules} gate can report, for the rule catalogue. */
final class AlertRuleCatalogue {

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (RequiredAlert alert : RequiredAlert.DEFAULTS) {
            rules.add(new Rule(alert.ruleId(), "No alert rule watches: " + alert.title() + " (" + alert.condition()
                    + ")", Severity.ERROR,
                    "Without an alert for this condition nobody is paged when it happens; users find the outage"
                            + " before the team does.",
                    "Add the alert rule the finding sketches, or set match to the alert that watches it."));
        }
        rules.add(Rule.warning(AlertJudge.NO_FOR, "An alert without a long enough for:",
                "An alert that fires on one sample pages people for a single slow scrape; they learn to ignore it.",
                "Set for: to the duration of the checklist's table, such as 5m."));
        rules.add(Rule.warning(AlertJudge.LOOSE_THRESHOLD, "An alert threshold looser than the checklist's",
                "A threshold above the checklist's fires later than agreed, or not at all for the incident it is"
                        + " meant for.",
                "Lower the comparison to the checklist's threshold in the rule's unit, or set threshold."));
        rules.add(Rule.error(Promtool.RULE_SYNTAX, "promtool rejected a rule file",
                "Prometheus refuses to load a rule file promtool rejects, so none of its alerts ever fire.",
                "Fix the rule as promtool says."));
        rules.add(Rule.error(AlertRulesCheck.NO_RULES, "No alert rule files found",
                "The checklist requires alert rules and none were found under paths, so nothing pages anyone.",
                "Add the alerts, or point paths at them."));
        rules.add(Rule.warning(AlertJudge.SEVERITY, "An alert with a missing or low severity label",
                "Pages are routed by the severity label; a missing or low one sends a P1 to a channel nobody watches"
                        + " at night.",
                "Label it critical (P1), warning (P2) or info (P3)."));
        rules.add(Rule.error(RuleFileProblems.NOT_YAML, "A rule file is not valid YAML",
                "Prometheus cannot load a file that is not YAML, so no alert in it ever fires.",
                "Fix the YAML at the line and column the finding names."));
        return List.copyOf(rules);
    }

    private AlertRuleCatalogue() {
    }
}
