package dev.mistralready.checks.alerts;

import dev.mistralready.check.DurationText;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the rules hold one required alert: some rule watches it (in one of the chosen metric
 * presets), holds it long enough, fires at the checklist's threshold or tighter in the checklist's
 * unit, and is labelled as urgent as the checklist ranks it.
 */
final class AlertJudge {

    static final String NO_FOR = "MR-ALR-007";
    static final String LOOSE_THRESHOLD = "MR-ALR-008";
    static final String SEVERITY = "MR-ALR-011";

    /** The findings about one alert, and lines for the details: what could not be checked. */
    record Verdict(List<Finding> findings, List<String> notes) {
        Verdict {
            findings = List.copyOf(findings);
            notes = List.copyOf(notes);
        }
    }

    private final RequiredAlert alert;
    private final Set<MetricPreset> presets;

    AlertJudge(RequiredAlert alert, Set<MetricPreset> presets) {
        this.alert = alert;
        this.presets = presets;
    }

    /** Missing, or the problems of the first matching rule when none of the matching rules is sound. */
    Verdict judge(List<AlertRule> rules, RuleSet.RuleFile home) {
        Verdict first = null;
        for (AlertRule rule : rules) {
            Optional<Signature> signature = alert.watchedBy(rule.query(), presets);
            if (signature.isEmpty()) {
                continue;
            }
            Verdict verdict = problems(rule, signature.get());
            if (verdict.findings().isEmpty()) {
                return verdict;
            }
            if (first == null) {
                first = verdict;
            }
        }
        return first != null ? first : new Verdict(List.of(missing(rules, home)), List.of());
    }

    private Finding missing(List<AlertRule> rules, RuleSet.RuleFile home) {
        String fix = "Add an alerting rule such as `" + alert.sketch().replace("\n", " ") + "`, or set `alerts: {"
                + alert.id() + ": {match: [...]}}` to how your metrics are named.";
        for (AlertRule rule : rules) {
            Optional<String> why = nearMiss(rule);
            if (why.isPresent()) {
                return Finding.of(alert.ruleId(), Severity.ERROR, "no alert for " + alert.describe() + ": alert `"
                                + rule.name() + "` " + why.get(), fix)
                        .at(Location.of(rule.file(), rule.exprLine()))
                        .withFingerprint(alert.ruleId() + ":" + alert.id());
            }
        }
        String message = "no alert for " + alert.describe() + ": "
                + (alert.match().isEmpty()
                ? "no alerting rule's expr watches it with the metric names of " + presets.stream().sorted().map(MetricPreset::id).toList()
                : "no alerting rule's expr matches " + alert.match().stream().map(pattern -> "/" + pattern.pattern() + "/").toList());
        return Finding.of(alert.ruleId(), Severity.ERROR, message, fix)
                .at(Location.of(home.path(), home.groupsLine()))
                .withFingerprint(alert.ruleId() + ":" + alert.id());
    }

    /** Why a rule that watches the right metric does not count: it excludes the status, or names it only in a comment. */
    private Optional<String> nearMiss(AlertRule rule) {
        Optional<Signature> close = alert.nearMiss(rule.query(), presets);
        if (close.isEmpty()) {
            return Optional.empty();
        }
        StatusClass status = close.get().status().orElseThrow();
        List<PromQl.LabelMatcher> matchers = PromQl.matchers(rule.query());
        if (status.excludedBy(matchers)) {
            PromQl.LabelMatcher excluding = matchers.stream()
                    .filter(status::excludes)
                    .findFirst().orElseThrow();
            return Optional.of("excludes " + status.example() + " (`" + excluding.label() + excluding.operator() + "\""
                    + excluding.value() + "\"`), so it does not cover it");
        }
        String code = status.example().replace("xx", "\\d\\d");
        boolean inComment = Pattern.compile("#[^\n]*(?<!\\d)(?:" + code + "|" + status.example() + ")(?!\\d)").matcher(rule.expr()).find();
        return inComment ? Optional.of("names " + status.example() + " only in a PromQL comment; no label matcher selects it")
                : Optional.empty();
    }

    private Verdict problems(AlertRule rule, Signature signature) {
        List<Finding> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String named = "alert `" + rule.name() + "` (" + alert.title() + ")";
        hold(rule, named).ifPresent(problems::add);
        threshold(rule, signature, named, notes).ifPresent(problems::add);
        severity(rule, named).ifPresent(problems::add);
        return new Verdict(problems, notes);
    }

    private Optional<Finding> hold(AlertRule rule, String named) {
        if (alert.holdFor().isEmpty()) {
            return Optional.empty();
        }
        long wanted = alert.holdFor().get().toSeconds();
        long held = rule.holdSeconds();
        if (held >= wanted) {
            return Optional.empty();
        }
        String duration = DurationText.format(alert.holdFor().get());
        String message = held == 0 && rule.holdFor().isEmpty()
                ? named + " has no `for:`; the checklist holds it for " + duration + " before firing"
                : named + " has `for: " + rule.holdFor().orElse("") + "`, shorter than the checklist's " + duration;
        return Optional.of(Finding.of(NO_FOR, Severity.WARNING, message,
                        "Set `for: " + promDuration(wanted) + "` on the rule so a single slow scrape does not page.")
                .at(Location.of(rule.file(), rule.alertLine()))
                .withFingerprint(NO_FOR + ":" + alert.id() + ":" + rule.file() + ":" + rule.name()));
    }

    private Optional<Finding> threshold(AlertRule rule, Signature signature, String named, List<String> notes) {
        if (alert.threshold().isEmpty() || signature.measure() == Signature.Measure.STATE) {
            return Optional.empty();
        }
        double threshold = alert.threshold().get();
        String unchecked = "threshold of " + named + " not checked: ";
        if (signature.measure() == Signature.Measure.TOKENS) {
            notes.add(unchecked + "it counts tokens, priced inside the expression, not dollars");
            return Optional.empty();
        }
        Optional<Comparison> found = rule.comparison();
        if (found.isEmpty()) {
            notes.add(unchecked + "its expr has no single `> N` comparison");
            return Optional.empty();
        }
        Comparison comparison = found.get();
        double converted;
        double limit = threshold;
        boolean whole = false;
        String unit;
        if (signature.measure() == Signature.Measure.SECONDS || signature.measure() == Signature.Measure.MILLIS) {
            boolean seconds = signature.measure() == Signature.Measure.SECONDS;
            converted = comparison.value() / comparison.scale();
            limit = seconds ? threshold / 1000 : threshold;
            unit = seconds ? " s" : " ms";
        } else {
            if (comparison.ratio()) {
                notes.add(unchecked + "it compares a ratio, not a count per " + per(alert.perSeconds()));
                return Optional.empty();
            }
            OptionalLong counted = PromQl.perSeconds(comparison.left());
            if (counted.isEmpty()) {
                notes.add(unchecked + "no rate() or increase() says over what time it counts");
                return Optional.empty();
            }
            if (threshold == 0) {
                // "any": > 0 of anything, or >= 1 of a count over a window
                double value = comparison.value() / comparison.scale();
                boolean any = comparison.orEqual() && counted.getAsLong() > 1 ? value <= 1 : value <= 0;
                return any ? Optional.empty() : Optional.of(loose(rule, named, comparison.text(), "> 0"));
            }
            converted = comparison.per(alert.perSeconds(), counted.getAsLong());
            whole = comparison.scale() == 1 && counted.getAsLong() == alert.perSeconds();
            unit = "/" + per(alert.perSeconds());
        }
        if (!comparison.looserThan(limit, converted, whole)) {
            return Optional.empty();
        }
        String fires = comparison.text() + "` (" + Comparison.number(converted) + unit + ")";
        return Optional.of(loose(rule, named, fires, "> " + Comparison.number(limit) + unit));
    }

    /** {@code fires}: the comparison as written, then a closing backtick and, where converted, the value in the checklist's unit. */
    private Finding loose(AlertRule rule, String named, String fires, String expected) {
        String shown = fires.contains("`") ? fires : fires + "`";
        return Finding.of(LOOSE_THRESHOLD, Severity.WARNING,
                        named + " fires at `" + shown + ", looser than the checklist's `" + expected + "` (" + alert.condition() + ")",
                        "Lower the comparison in `expr` to the checklist's " + expected + " (rate() is per second: 10/min is `> 10/60`), "
                                + "or set `alerts: {" + alert.id() + ": {threshold: N}}` if yours is deliberate.")
                .at(Location.of(rule.file(), rule.exprLine()))
                .withFingerprint(LOOSE_THRESHOLD + ":" + alert.id() + ":" + rule.file() + ":" + rule.name());
    }

    private Optional<Finding> severity(AlertRule rule, String named) {
        Priority wanted = alert.priority();
        String fix = "Label the rule `severity: " + wanted.suggestion() + "` (" + wanted + "), so it is routed as the checklist ranks it.";
        String label = rule.labels().get("severity");
        String problem;
        if (label == null || label.isBlank()) {
            problem = named + " has no `severity` label; the checklist ranks it " + wanted;
        } else {
            Optional<Priority> given = Priority.of(label);
            if (given.isEmpty()) {
                problem = named + " has `severity: " + label + "`, which is none of P1/critical/page, P2/warning/high, P3/info/low";
            } else if (given.get().lowerThan(wanted)) {
                problem = named + " has `severity: " + label + "` (" + given.get() + "); the checklist ranks it " + wanted;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(Finding.of(SEVERITY, Severity.WARNING, problem, fix)
                .at(Location.of(rule.file(), rule.labelsLine()))
                .withFingerprint(SEVERITY + ":" + alert.id() + ":" + rule.file() + ":" + rule.name()));
    }

    private static String per(long seconds) {
        return seconds == 3600 ? "hour" : seconds == 60 ? "min" : seconds + "s";
    }

    /** {@code 5m}: the Prometheus spelling of a hold. */
    private static String promDuration(long seconds) {
        return seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
