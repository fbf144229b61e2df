package dev.mistralready.check;

import java.util.Objects;

/**
 * One rule a check can report: the entry of the rule catalogue behind {@code mistral-ready explain RULE},
 * {@code list --rules}, the SARIF report's rule descriptions and the README's rule tables. The id is the
 * one its findings carry ({@code MR-SEC-001}).
 *
 * @param id       the stable rule id, as in {@link Finding#ruleId()}
 * @param title    a short line saying what the rule finds, for a list or an alert's title
 * @param severity the severity a finding of the rule has by default
 * @param why      one paragraph on why it matters in production
 * @param fix      the fix in one sentence
 * @param finds    exactly what the rule reports, in Markdown (code in backticks), for a table row; the
 *                 title when no more needs saying
 * @param example  an example of what it reports and how it reads fixed, in Markdown (a fenced code
 *                 block, or a line); empty when none helps
 */
public record Rule(String id, String title, Severity severity, String why, String fix, String finds,
                   String example) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(fix, "fix");
        finds = finds == null || finds.isBlank() ? title : finds;
        example = example == null ? "" : example;
    }

    public Rule(String id, String title, Severity severity, String why, String fix) {
        this(id, title, severity, why, fix, title, "");
    }

    public static Rule error(String id, String title, String why, String fix) {
        return new Rule(id, title, Severity.ERROR, why, fix);
    }

    public static Rule warning(String id, String title, String why, String fix) {
        return new Rule(id, title, Severity.WARNING, why, fix);
    }

    /** This rule, saying exactly what it reports (Markdown, one paragraph). */
    public Rule withFinds(String description) {
        return new Rule(id, title, severity, why, fix, description, example);
    }

    /** This rule, with an example of a finding and its fix (Markdown). */
    public Rule withExample(String markdown) {
        return new Rule(id, title, severity, why, fix, finds, markdown);
    }
}
