package dev.mistralready.cli;

import dev.mistralready.check.Rule;
import dev.mistralready.engine.CataloguedRule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of the catalogue as a GitHub-flavoured Markdown table (rule, severity, what it finds, fix):
 * the README's rule tables are this output, and a test fails when they differ. The catalogue's texts are
 * Markdown already; only line breaks and unescaped {@code |} would break a row.
 */
final class RuleTable {

    static final String HEADER = "| Rule | Severity | Finds | Fix |\n|---|---|---|---|\n";
    private static final Pattern UNESCAPED_BAR = Pattern.compile("(?<!\\\\)\\|");

    private RuleTable() {
    }

    static String markdown(List<CataloguedRule> rules) {
        StringBuilder table = new StringBuilder(HEADER);
        for (CataloguedRule entry : rules) {
            Rule rule = entry.rule();
            table.append("| ").append(rule.id())
                    .append(" | ").append(rule.severity().label())
                    .append(" | ").append(cell(rule.finds()))
                    .append(" | ").append(cell(rule.fix()))
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String cell(String markdown) {
        return UNESCAPED_BAR.matcher(markdown.strip().replaceAll("\\s*\\R\\s*", " ")).replaceAll("\\\\|");
    }
}
