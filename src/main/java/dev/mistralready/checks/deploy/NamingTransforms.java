package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kustomization's {@code namespace}, {@code namePrefix} and {@code nameSuffix}, and the
 * references kustomize renames with them (an autoscaler's {@code scaleTargetRef}, a pod's service
 * account, ConfigMaps and Secrets, a binding's role and subjects), and its {@code replicas} counts.
 */
final class NamingTransforms {

    /** Kinds kustomize leaves without a namespace. */
    static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "APIService",
            "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "IngressClass", "RuntimeClass",
            "PodSecurityPolicy", "CSIDriver", "Node", "VolumeSnapshotClass");

    /** Kinds whose {@code spec.replicas} kustomize's {@code replicas:} sets. */
    static final Set<String> SCALABLE = Set.of("Deployment", "ReplicaSet", "StatefulSet", "ReplicationController");

    private final NodeOrigins origins;

    NamingTransforms(NodeOrigins origins) {
        this.origins = origins;
    }

    void namespace(List<BuiltResource> resources, Kustomization kustomization) {
        JsonNode namespace = kustomization.root().path("namespace");
        if (!namespace.isTextual() || namespace.asText().isEmpty()) {
            return;
        }
        Location where = kustomization.at("/namespace");
        for (BuiltResource resource : resources) {
            ObjectNode metadata = metadata(resource);
            if (resource.kind().equals("Namespace")) {
                resource.renamed(resource.name());
                metadata.put("name", namespace.asText()); // keeps the base's place
            } else if (!CLUSTER_SCOPED.contains(resource.kind())) {
                resource.movedFrom(resource.namespace());
                origins.set(metadata, "namespace", namespace.deepCopy(), where);
            }
            if (resource.kind().endsWith("RoleBinding")) {
                for (JsonNode subject : resource.root().path("subjects")) {
                    if (subject instanceof ObjectNode object && object.path("kind").asText().equals("ServiceAccount")) {
                        origins.set(object, "namespace", namespace.deepCopy(), where);
                    }
                }
            }
        }
    }

    void prefixAndSuffix(List<BuiltResource> resources, Kustomization kustomization) {
        String prefix = kustomization.root().path("namePrefix").asText("");
        String suffix = kustomization.root().path("nameSuffix").asText("");
        if (prefix.isEmpty() && suffix.isEmpty()) {
            return;
        }
        Location where = kustomization.at(prefix.isEmpty() ? "/nameSuffix" : "/namePrefix");
        Map<String, String> renamed = new HashMap<>();
        for (BuiltResource resource : resources) {
            if (resource.kind().equals("Namespace") || resource.kind().equals("CustomResourceDefinition")) {
                continue;
            }
            String old = resource.name();
            String now = prefix + old + suffix;
            resource.renamed(old);
            metadata(resource).put("name", now); // keeps the base's place: a finding on the object is not the prefix's

            renamed.put(resource.kind() + "/" + old, now);
        }
        resources.forEach(resource -> new NameReferences(renamed, origins, where).update(resource.root()));
    }

    void replicas(List<BuiltResource> resources, Kustomization kustomization) {
        JsonNode counts = kustomization.root().path("replicas");
        for (int i = 0; i < counts.size(); i++) {
            JsonNode entry = counts.get(i);
            for (BuiltResource resource : resources) {
                if (SCALABLE.contains(resource.kind()) && resource.isOrWasNamed(entry.path("name").asText(""))
                        && entry.has("count")) {
                    ObjectNode spec = resource.root().with("spec");
                    origins.set(spec, "replicas", entry.get("count").deepCopy(), kustomization.at("/replicas/" + i + "/count"));
                }
            }
        }
    }

    private static ObjectNode metadata(BuiltResource resource) {
        return resource.root().with("metadata");
    }
}
