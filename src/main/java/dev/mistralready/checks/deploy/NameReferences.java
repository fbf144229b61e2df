package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.Location;
import java.util.Map;

/**
 * The references kustomize follows when it renames objects: {@code scaleTargetRef}, {@code roleRef}
 * and ServiceAccount {@code subjects} (kind and name), {@code serviceAccountName}, ConfigMap and
 * Secret references in volumes, {@code env} and {@code envFrom}, and a StatefulSet's {@code serviceName}.
 *
 * @param renamed {@code Kind/old-name} to the new name
 */
record NameReferences(Map<String, String> renamed, NodeOrigins origins, Location where) {

    void update(JsonNode node) {
        if (node instanceof ObjectNode object) {
            refer(object, "scaleTargetRef", null);
            refer(object, "roleRef", null);
            rename(object, "serviceAccountName", "ServiceAccount");
            rename(object, "serviceName", "Service");
            for (String field : new String[] {"configMap", "configMapKeyRef", "configMapRef"}) {
                nested(object, field, "name", "ConfigMap");
            }
            for (String field : new String[] {"secretKeyRef", "secretRef"}) {
                nested(object, field, "name", "Secret");
            }
            nested(object, "secret", "secretName", "Secret");
            JsonNode subjects = object.path("subjects");
            for (JsonNode subject : subjects) {
                if (subject instanceof ObjectNode entry && entry.path("kind").asText().equals("ServiceAccount")) {
                    rename(entry, "name", "ServiceAccount");
                }
            }
            object.forEach(this::update);
        } else if (node.isArray()) {
            node.forEach(this::update);
        }
    }

    private void refer(ObjectNode object, String field, String kind) {
        if (object.get(field) instanceof ObjectNode reference) {
            rename(reference, "name", kind == null ? reference.path("kind").asText("") : kind);
        }
    }

    private void nested(ObjectNode object, String field, String nameField, String kind) {
        if (object.get(field) instanceof ObjectNode reference) {
            rename(reference, nameField, kind);
        }
    }

    private void rename(ObjectNode object, String field, String kind) {
        JsonNode name = object.get(field);
        if (name != null && name.isTextual()) {
            String now = renamed.get(kind + "/" + name.asText());
            if (now != null) {
                origins.set(object, field, object.textNode(now), where);
            }
        }
    }
}
