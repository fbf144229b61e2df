package dev.mistralready.engine;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A gate's {@code disable:} list, applied to its outcome: findings of those rules are dropped, and a
 * status the findings explained follows what is left: a gate that failed with error findings and has
 * none left warns or passes. A status no finding explains (a gate that failed with only warnings, could
 * not run or was skipped) is kept. The details say how many findings each disabled rule hid, so nothing
 * disappears without a trace.
 */
final class DisabledRules {

    private final List<String> ids;

    DisabledRules(List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    Outcome apply(Outcome outcome) {
        if (ids.isEmpty() || outcome.status() == Status.SKIP || outcome.status() == Status.ERROR) {
            return outcome;
        }
        Set<String> disabled = Set.copyOf(ids);
        Map<String, Integer> hidden = new LinkedHashMap<>();
        ids.forEach(id -> hidden.put(id, 0));
        List<Finding> kept = outcome.findings().stream().filter(finding -> {
            boolean drop = disabled.contains(finding.ruleId());
            if (drop) {
                hidden.merge(finding.ruleId(), 1, Integer::sum);
            }
            return !drop;
        }).toList();
        int dropped = outcome.findings().size() - kept.size();
        Outcome result = outcome.withFindings(kept).withDetail(describe(hidden));
        if (dropped == 0) {
            return result;
        }
        Status status = statusAfter(outcome, kept);
        String note = dropped + (dropped == 1 ? " finding" : " findings") + " of disabled rules not shown";
        String summary = status == Status.PASS && outcome.status() != Status.PASS
                ? "passed: " + note + " (" + hiddenIds(hidden) + ")"
                : outcome.summary() + "; " + note;
        return new Outcome(status, summary, kept, result.details(), outcome.baselined());
    }

    private static Status statusAfter(Outcome outcome, List<Finding> kept) {
        Status before = outcome.status();
        Severity explaining = before == Status.FAIL ? Severity.ERROR : Severity.WARNING;
        boolean findingsExplainedIt = outcome.findings().stream().anyMatch(finding -> finding.severity() == explaining);
        if ((before != Status.FAIL && before != Status.WARN) || !findingsExplainedIt) {
            return before;
        }
        if (kept.stream().anyMatch(finding -> finding.severity() == explaining)) {
            return before;
        }
        if (before == Status.FAIL && kept.stream().anyMatch(finding -> finding.severity() == Severity.WARNING)) {
            return Status.WARN;
        }
        return Status.PASS;
    }

    private static String describe(Map<String, Integer> hidden) {
        StringJoiner line = new StringJoiner(", ", "disabled in the checklist: ", "");
        hidden.forEach((id, count) -> line.add(id + " (" + count + (count == 1 ? " finding" : " findings") + " not shown)"));
        return line.toString();
    }

    private static String hiddenIds(Map<String, Integer> hidden) {
        return String.join(", ", hidden.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(Map.Entry::getKey).toList());
    }
}
