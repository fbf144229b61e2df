package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Kubernetes label selector ({@code matchLabels} and {@code matchExpressions}), with the API's
 * semantics: every requirement must hold (they are ANDed), {@code matchLabels: {k: v}} is
 * {@code k In (v)}, and a selector with no requirement at all selects every pod where the object's
 * API says so (a {@code policy/v1} PodDisruptionBudget) and none where it does not ({@code policy/v1beta1}).
 * A missing selector, an unknown operator or an {@code In}/{@code NotIn} without values selects nothing,
 * as the API server would never admit it.
 */
record LabelSelector(List<Requirement> requirements, boolean selectsNothing, boolean emptySelectsAll) {

    LabelSelector {
        requirements = List.copyOf(requirements);
    }

    /** One requirement: {@code key operator (values)}. */
    record Requirement(String key, String operator, Set<String> values) {

        Requirement {
            values = Set.copyOf(values);
        }

        boolean matches(Map<String, String> labels) {
            return switch (operator) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
        }
    }

    /**
     * The selector at {@code node}.
     *
     * @param emptySelectsAll whether {@code {}} selects every pod in the namespace (policy/v1) rather than none
     */
    static LabelSelector of(JsonNode node, boolean emptySelectsAll) {
        if (!node.isObject()) {
            return new LabelSelector(List.of(), true, emptySelectsAll);
        }
        List<Requirement> requirements = new ArrayList<>();
        boolean invalid = false;
        JsonNode matchLabels = node.path("matchLabels");
        var fields = matchLabels.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            requirements.add(new Requirement(field.getKey(), "In", Set.of(field.getValue().asText())));
        }
        for (JsonNode expression : node.path("matchExpressions")) {
            String operator = expression.path("operator").asText("");
            Set<String> values = new HashSet<>();
            expression.path("values").forEach(value -> values.add(value.asText()));
            boolean needsValues = operator.equals("In") || operator.equals("NotIn");
            boolean known = needsValues || operator.equals("Exists") || operator.equals("DoesNotExist");
            if (!known || !expression.hasNonNull("key") || needsValues == values.isEmpty()) {
                invalid = true;
            }
            requirements.add(new Requirement(expression.path("key").asText(""), operator, values));
        }
        return new LabelSelector(requirements, invalid, emptySelectsAll);
    }

    /** Whether pods with these labels are selected. */
    boolean matches(JsonNode podLabels) {
        if (selectsNothing) {
            return false;
        }
        if (requirements.isEmpty()) {
            return emptySelectsAll;
        }
        Map<String, String> labels = new HashMap<>();
        podLabels.fields().forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText()));
        return requirements.stream().allMatch(requirement -> requirement.matches(labels));
    }
}
