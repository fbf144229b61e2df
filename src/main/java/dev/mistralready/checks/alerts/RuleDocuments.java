package dev.mistralready.checks.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.project.config.YamlDocuments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The alerting rules of one YAML file, counted as the tools that load it count them. Prometheus,
 * promtool, vmalert and Grafana's provisioning decode one document per rule file, so only the first
 * document of a plain rule file counts; Kubernetes applies every document, so each
 * {@code PrometheusRule} (and VictoriaMetrics {@code VMRule}) counts. Nothing is merged across documents.
 *
 * @param rules      the alerting rules, in file order
 * @param groupsLine the line of the first counted {@code groups:}, 0 when the file holds none
 * @param plain      {@code promtool check rules} reads the file: one Prometheus rule document, no vmalert or Grafana keys
 * @param notes      one line per document passed over that looked like rules
 */
record RuleDocuments(List<AlertRule> rules, int groupsLine, boolean plain, List<String> notes) {

    /** Group keys promtool accepts; vmalert's {@code type}, {@code concurrency}, … make a file vmalert's alone. */
    private static final Set<String> PROMETHEUS_GROUP_KEYS = Set.of("name", "interval", "rules", "limit", "query_offset", "labels");

    /** Group keys of Prometheus, Thanos ({@code partial_response_strategy}), vmalert and Grafana provisioning. */
    private static final Set<String> GROUP_KEYS = Set.of("name", "interval", "rules", "limit", "query_offset", "labels",
            "partial_response_strategy", "source_tenants", "type", "concurrency", "eval_offset", "eval_delay", "eval_alignment",
            "extra_filter_labels", "params", "headers", "notifier_headers", "tenant", "debug", "orgId", "folder");

    private enum Format { RULE_FILE, GRAFANA, RESOURCE }

    RuleDocuments {
        rules = List.copyOf(rules);
        notes = List.copyOf(notes);
    }

    static RuleDocuments read(String path, List<YamlDocuments.Document> documents) {
        List<AlertRule> rules = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int groupsLine = 0;
        boolean plain = false;
        for (YamlDocuments.Document document : documents) {
            Optional<Format> format = format(document.root());
            if (format.isEmpty()) {
                continue;
            }
            if (format.get() != Format.RESOURCE && document.index() > 0) {
                notes.add("ignored " + path + " document " + (document.index() + 1)
                        + ": a rule file is one YAML document, and only the first is loaded");
                continue;
            }
            String pointer = format.get() == Format.RESOURCE ? "/spec/groups" : "/groups";
            if (groupsLine == 0) {
                groupsLine = document.line(pointer);
            }
            if (format.get() == Format.GRAFANA) {
                GrafanaRules.read(path, document, rules);
            } else {
                plain |= format.get() == Format.RULE_FILE && prometheusOnly(document.root().path("groups"));
                readGroups(path, document, pointer, rules);
            }
        }
        return new RuleDocuments(rules, groupsLine, plain, notes);
    }

    /** A PrometheusRule or VMRule, a Grafana provisioning file, a rule file, or none of them. */
    private static Optional<Format> format(JsonNode root) {
        if (!root.isObject()) {
            return Optional.empty();
        }
        String kind = root.path("kind").asText();
        if ((kind.equals("PrometheusRule") || kind.equals("VMRule")) && groupsOfRules(root.path("spec").path("groups"))) {
            return Optional.of(Format.RESOURCE);
        }
        if (root.has("kind") || !groupsOfRules(root.path("groups"))) {
            return Optional.empty();
        }
        return Optional.of(root.path("apiVersion").asText().equals("1") ? Format.GRAFANA : Format.RULE_FILE);
    }

    /**
     * {@code groups:} as the tools read it: a list of objects with a {@code rules:} list (or none: an
     * empty group) and only the keys Prometheus, Thanos, vmalert or Grafana define, so a site's data
     * file with {@code groups[].services} is not taken for rules.
     */
    private static boolean groupsOfRules(JsonNode groups) {
        if (!groups.isArray() || groups.isEmpty()) {
            return false;
        }
        for (JsonNode group : groups) {
            if (!group.isObject() || !(group.path("rules").isArray() || group.path("rules").isMissingNode()
                    || group.path("rules").isNull())) {
                return false;
            }
            for (Iterator<String> keys = group.fieldNames(); keys.hasNext(); ) {
                if (!GROUP_KEYS.contains(keys.next())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean prometheusOnly(JsonNode groups) {
        for (JsonNode group : groups) {
            for (Iterator<String> keys = group.fieldNames(); keys.hasNext(); ) {
                if (!PROMETHEUS_GROUP_KEYS.contains(keys.next())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void readGroups(String path, YamlDocuments.Document document, String groupsPointer, List<AlertRule> rules) {
        JsonNode groups = document.root().at(groupsPointer);
        for (int g = 0; g < groups.size(); g++) {
            String type = groups.get(g).path("type").asText("prometheus");
            if (!type.equals("prometheus")) {
                continue; // vmalert's graphite or logs rules: not PromQL
            }
            JsonNode groupRules = groups.get(g).path("rules");
            for (int r = 0; r < groupRules.size(); r++) {
                JsonNode rule = groupRules.get(r);
                if (!rule.hasNonNull("alert")) {
                    continue; // a recording rule
                }
                String pointer = groupsPointer + "/" + g + "/rules/" + r;
                rules.add(new AlertRule(path, rule.get("alert").asText(), rule.path("expr").asText(""), text(rule, "for"),
                        labels(rule.path("labels")), document.line(pointer + "/alert"), document.line(pointer + "/expr"),
                        document.line(rule.has("labels") ? pointer + "/labels" : pointer + "/alert")));
            }
        }
    }

    static Optional<String> text(JsonNode node, String key) {
        return node.hasNonNull(key) && !node.get(key).asText().isBlank() ? Optional.of(node.get(key).asText()) : Optional.empty();
    }

    static Map<String, String> labels(JsonNode labels) {
        Map<String, String> found = new HashMap<>();
        labels.fields().forEachRemaining(entry -> found.put(entry.getKey(), entry.getValue().asText()));
        return found;
    }
}
