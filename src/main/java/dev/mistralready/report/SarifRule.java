package dev.mistralready.report;

import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code reportingDescriptor} of one rule id in the report. A rule the writer was given (the rule
 * catalogue's entry) is described by its title and why, its page (what it finds, why, fix, example) is
 * the help, and it has its default severity; so are
 * mistral-ready's own gate rules ({@code MR-GATE-*}, {@link GateRules}). A rule nobody declared (a
 * third-party check's) is described from its first result: its gate type and message as the title, its
 * fix as the help.
 */
record SarifRule(String id, String shortDescription, String fullDescription, String help, String helpMarkdown,
                 Severity level, List<String> tags, boolean security) {

    static final int TITLE_MESSAGE_CHARS = 100;
    private static final int DESCRIPTION_CHARS = 1000;

    /** Secret and key rules: code scanning shows them as security alerts. */
    static boolean isSecurity(String ruleId) {
        return ruleId.startsWith("MR-SEC-") || ruleId.startsWith("MR-KEY-");
    }

    /**
     * One rule per distinct rule id, in order of first appearance.
     *
     * @param declared the rules the report's writer was given, by id; may be empty
     */
    static List<SarifRule> of(List<SarifResult> results, Map<String, Rule> declared) {
        Map<String, SarifRule> rules = new LinkedHashMap<>();
        for (SarifResult result : results) {
            rules.computeIfAbsent(result.ruleId(), id -> from(result, declared));
        }
        return List.copyOf(rules.values());
    }

    private static SarifRule from(SarifResult first, Map<String, Rule> declared) {
        String id = first.ruleId();
        boolean security = isSecurity(id);
        String type = first.gate().type();
        List<String> tags = new ArrayList<>();
        tags.add(first.gateLevel() ? GateRules.TYPE : type);
        if (security) {
            tags.add("security");
        }
        Optional<Rule> rule = Optional.ofNullable(declared.get(id));
        if (rule.isEmpty() && first.gateLevel()) {
            rule = GateRules.RULES.stream().filter(gateRule -> gateRule.id().equals(id)).findFirst();
        }
        if (rule.isPresent()) {
            Rule known = rule.get();
            return new SarifRule(id, known.title(), cut(known.why(), DESCRIPTION_CHARS), known.fix(), helpPage(known),
                    known.severity(), List.copyOf(tags), security);
        }
        // not declared: described from the first result, for what little it says
        String origin = type + " rule " + id;
        String shortDescription = origin + ": " + cut(first.message(), TITLE_MESSAGE_CHARS);
        String fullDescription = origin + ", first reported by gate " + first.gate().id() + ": "
                + cut(first.message(), DESCRIPTION_CHARS);
        String help = first.fix().isBlank() ? "See the finding's message for what to change." : first.fix();
        return new SarifRule(id, shortDescription, fullDescription, help, "**Fix:** " + MarkdownCell.of(help),
                first.level(), List.copyOf(tags), security);
    }

    /** The rule's page, as {@code explain} prints it; the catalogue's texts are Markdown already. */
    private static String helpPage(Rule rule) {
        StringBuilder page = new StringBuilder();
        if (!rule.finds().equals(rule.title())) {
            page.append("**What it finds:** ").append(rule.finds().strip()).append("\n\n");
        }
        page.append("**Why it matters:** ").append(rule.why().strip()).append("\n\n")
                .append("**Fix:** ").append(rule.fix().strip());
        if (!rule.example().isBlank()) {
            page.append("\n\n**Example:**\n\n").append(rule.example().strip());
        }
        return page.toString();
    }

    /** {@code security-severity}: critical for an error, medium for a warning, low for a note. */
    String securitySeverity() {
        return switch (level) {
            case ERROR -> "9.0";
            case WARNING -> "5.0";
            case NOTE -> "2.0";
        };
    }

    static String cut(String text, int chars) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= chars ? line
                : line.substring(0, line.offsetByCodePoints(0, chars - 1)) + "…";
    }
}
