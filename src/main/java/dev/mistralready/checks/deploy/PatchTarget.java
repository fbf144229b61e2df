package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which objects a kustomize patch applies to: a {@code target:} selector (group, version, kind,
 * name and namespace, the last three as anchored regular expressions, and simple {@code key=value}
 * label and annotation selectors), or, for a strategic merge patch without one, the patch's own
 * kind and name. A selector's name matches an object's name before or after any prefix.
 */
record PatchTarget(String group, String version, String kind, String name, String namespace, String labelSelector,
                   String annotationSelector, boolean byPatchId) {

    static PatchTarget of(JsonNode target) {
        return new PatchTarget(text(target, "group"), text(target, "version"), text(target, "kind"), text(target, "name"),
                text(target, "namespace"), text(target, "labelSelector"), text(target, "annotationSelector"), false);
    }

    /** The object a strategic merge patch names itself. */
    static PatchTarget ofPatch(JsonNode patch) {
        String apiVersion = patch.path("apiVersion").asText("");
        int slash = apiVersion.indexOf('/');
        return new PatchTarget(slash < 0 ? "" : apiVersion.substring(0, slash), "", patch.path("kind").asText(""),
                Pattern.quote(patch.path("metadata").path("name").asText("")),
                patch.path("metadata").path("namespace").asText(""), "", "", true);
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    boolean matches(BuiltResource resource) {
        if ((byPatchId || !group.isEmpty()) && !group.equals(resource.group())) {
            return false;
        }
        if (!version.isEmpty() && !version.equals(resource.version())) {
            return false;
        }
        if (!kind.isEmpty() && !matchesRegex(kind, resource.kind())) {
            return false;
        }
        if (!name.isEmpty() && !(matchesRegex(name, resource.name()) || byPatchId && resource.isOrWasNamed(unquoted()))) {
            return false;
        }
        if (!namespace.isEmpty() && !(matchesRegex(namespace, resource.namespace()) || resource.isOrWasIn(namespace))) {
            return false;
        }
        return selects(labelSelector, resource.root().path("metadata").path("labels"))
                && selects(annotationSelector, resource.root().path("metadata").path("annotations"));
    }

    private String unquoted() {
        return name.startsWith("\\Q") && name.endsWith("\\E") ? name.substring(2, name.length() - 2) : name;
    }

    private static boolean matchesRegex(String pattern, String value) {
        try {
            return Pattern.compile("^(?:" + pattern + ")$").matcher(value).matches();
        } catch (PatternSyntaxException e) {
            return pattern.equals(value);
        }
    }

    /** A comma-separated {@code key=value}, {@code key!=value} or {@code key} selector. */
    private static boolean selects(String selector, JsonNode labels) {
        if (selector.isBlank()) {
            return true;
        }
        for (String term : selector.split(",")) {
            String clause = term.strip();
            if (clause.contains("!=")) {
                String[] parts = clause.split("!=", 2);
                if (labels.path(parts[0].strip()).asText("\u0000").equals(parts[1].strip())) {
                    return false;
                }
            } else if (clause.contains("=")) {
                String[] parts = clause.split("==?", 2);
                if (!labels.path(parts[0].strip()).asText("\u0000").equals(parts[1].strip())) {
                    return false;
                }
            } else if (!labels.has(clause)) {
                return false;
            }
        }
        return true;
    }
}
