package dev.mistralready.report;

import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code reportingDescriptor} of one rule id in the report. There is no rule catalogue yet, so until
 * there is one the descriptions of the checks' rules are derived from the first result of the rule: its
 * gate type and message as the title, its fix as the help; the catalogue should replace this. Only
 * mistral-ready's own gate rules ({@code MR-GATE-*}) have fixed descriptions.
 */
record SarifRule(String id, String shortDescription, String fullDescription, String help, Severity level,
                 List<String> tags, boolean security) {

    static final int TITLE_MESSAGE_CHARS = 100;
    private static final int DESCRIPTION_CHARS = 1000;

    /** Secret and key rules: code scanning shows them as security alerts. */
    static boolean isSecurity(String ruleId) {
        return ruleId.startsWith("MR-SEC-") || ruleId.startsWith("MR-KEY-");
    }

    /** One rule per distinct rule id, in order of first appearance. */
    static List<SarifRule> of(List<SarifResult> results) {
        Map<String, SarifRule> rules = new LinkedHashMap<>();
        for (SarifResult result : results) {
            rules.computeIfAbsent(result.ruleId(), id -> from(result));
        }
        return List.copyOf(rules.values());
    }

    private static SarifRule from(SarifResult first) {
        String id = first.ruleId();
        boolean security = isSecurity(id);
        String type = first.gate().type();
        List<String> tags = new ArrayList<>();
        tags.add(first.gateLevel() ? "gate" : type);
        if (security) {
            tags.add("security");
        }
        String shortDescription;
        String fullDescription;
        if (first.gateLevel()) {
            // these rules are mistral-ready's own, so they are described for what they are
            shortDescription = switch (id) {
                case SarifResult.GATE_ERROR -> "A gate could not run";
                case SarifResult.GATE_FAILED -> "A gate failed";
                default -> "A gate warned";
            };
            fullDescription = shortDescription + "; the result's message names the gate and says why, and its "
                    + "location is the gate in checklist.yaml.";
        } else {
            String origin = type + " rule " + id;
            shortDescription = origin + ": " + cut(first.message(), TITLE_MESSAGE_CHARS);
            fullDescription = origin + ", first reported by gate " + first.gate().id() + ": "
                    + cut(first.message(), DESCRIPTION_CHARS);
        }
        String help = first.fix().isBlank() ? "See the finding's message for what to change." : first.fix();
        return new SarifRule(id, shortDescription, fullDescription, help, first.level(), List.copyOf(tags), security);
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
