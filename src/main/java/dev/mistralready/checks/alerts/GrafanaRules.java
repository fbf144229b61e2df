package dev.mistralready.checks.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.project.config.YamlDocuments;
import java.util.List;

/**
 * Grafana-managed alert rules from a provisioning file ({@code apiVersion: 1}, {@code groups[].rules[]}).
 * A rule's PromQL is the {@code model.expr} of one {@code data[]} query; its threshold is a separate
 * {@code threshold} or {@code classic_conditions} expression, whose {@code gt}/{@code lt} evaluator is
 * appended so the rule reads like a Prometheus one ({@code … > 10}).
 */
final class GrafanaRules {

    private GrafanaRules() {
    }

    static void read(String path, YamlDocuments.Document document, List<AlertRule> rules) {
        JsonNode groups = document.root().path("groups");
        for (int g = 0; g < groups.size(); g++) {
            JsonNode groupRules = groups.get(g).path("rules");
            for (int r = 0; r < groupRules.size(); r++) {
                JsonNode rule = groupRules.get(r);
                String pointer = "/groups/" + g + "/rules/" + r;
                JsonNode data = rule.path("data");
                int query = -1;
                String threshold = "";
                for (int d = 0; d < data.size(); d++) {
                    JsonNode model = data.get(d).path("model");
                    if (query < 0 && model.hasNonNull("expr") && !model.path("type").asText().equals("math")) {
                        query = d;
                    }
                    threshold = threshold.isEmpty() ? threshold(model) : threshold;
                }
                if (query < 0) {
                    continue; // no PromQL: another data source
                }
                String name = RuleDocuments.text(rule, "title").orElse(rule.path("uid").asText("?"));
                String expr = data.get(query).path("model").path("expr").asText() + threshold;
                int titleLine = document.line(pointer + "/title");
                rules.add(new AlertRule(path, name, expr, RuleDocuments.text(rule, "for"), RuleDocuments.labels(rule.path("labels")),
                        titleLine, document.line(pointer + "/data/" + query + "/model/expr"),
                        rule.has("labels") ? document.line(pointer + "/labels") : titleLine));
            }
        }
    }

    /** {@code " > 10"} from a threshold expression's first condition, or empty. */
    private static String threshold(JsonNode model) {
        String type = model.path("type").asText();
        if (!type.equals("threshold") && !type.equals("classic_conditions")) {
            return "";
        }
        JsonNode evaluator = model.path("conditions").path(0).path("evaluator");
        JsonNode value = evaluator.path("params").path(0);
        if (!value.isNumber()) {
            return "";
        }
        return switch (evaluator.path("type").asText()) {
            case "gt" -> " > " + Comparison.number(value.asDouble());
            case "lt" -> " < " + Comparison.number(value.asDouble());
            default -> "";
        };
    }
}
