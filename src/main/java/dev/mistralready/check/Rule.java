package dev.mistralready.check;

import java.util.Objects;

/**
 * One rule a check can report: the entry of the rule catalogue behind {@code mistral-ready explain RULE}
 * and {@code list --rules}. The id is the one its findings carry ({@code MR-SEC-001}).
 *
 * @param id       the stable rule id, as in {@link Finding#ruleId()}
 * @param title    a short line saying what the rule finds
 * @param severity the severity a finding of the rule has by default
 * @param why      one paragraph on why it matters in production
 * @param fix      the fix in one sentence
 */
public record Rule(String id, String title, Severity severity, String why, String fix) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(fix, "fix");
    }

    public static Rule error(String id, String title, String why, String fix) {
        return new Rule(id, title, Severity.ERROR, why, fix);
    }

    public static Rule warning(String id, String title, String why, String fix) {
        return new Rule(id, title, Severity.WARNING, why, fix);
    }
}
