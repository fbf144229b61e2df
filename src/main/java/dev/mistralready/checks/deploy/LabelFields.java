package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.Location;
import dev.mistralready.project.config.YamlDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Labels and annotations as kustomize adds them: {@code commonLabels} (and {@code labels} with
 * {@code includeSelectors}) go into metadata, selectors and pod templates of the built-in kinds;
 * {@code labels} with {@code includeTemplates} into metadata and pod templates; plain {@code labels}
 * and the builtin {@code LabelTransformer}'s {@code fieldSpecs} where they say. Custom resources
 * (an Argo Rollout, say) get metadata labels only, as kustomize gives them without a configuration.
 */
final class LabelFields {

    /** A path into an object, for one kind (or every kind when empty), and whether to create it. */
    record FieldSpec(String kind, String path, boolean create) {
    }

    static final List<FieldSpec> METADATA = List.of(new FieldSpec("", "metadata/labels", true));

    private static final Set<String> WORKLOADS = Set.of("Deployment", "ReplicaSet", "DaemonSet", "StatefulSet");

    /** The fields kustomize's {@code commonLabels} writes, besides metadata. */
    static final List<FieldSpec> SELECTORS = selectorSpecs();

    /** The pod template fields of {@code labels: includeTemplates}. */
    static final List<FieldSpec> TEMPLATES = templateSpecs();

    private static List<FieldSpec> selectorSpecs() {
        List<FieldSpec> specs = new ArrayList<>(METADATA);
        for (String kind : WORKLOADS) {
            specs.add(new FieldSpec(kind, "spec/selector/matchLabels", true));
            specs.add(new FieldSpec(kind, "spec/template/metadata/labels", true));
        }
        specs.add(new FieldSpec("ReplicationController", "spec/selector", true));
        specs.add(new FieldSpec("ReplicationController", "spec/template/metadata/labels", true));
        specs.add(new FieldSpec("Job", "spec/selector/matchLabels", false));
        specs.add(new FieldSpec("Job", "spec/template/metadata/labels", true));
        specs.add(new FieldSpec("CronJob", "spec/jobTemplate/metadata/labels", true));
        specs.add(new FieldSpec("CronJob", "spec/jobTemplate/spec/selector/matchLabels", false));
        specs.add(new FieldSpec("CronJob", "spec/jobTemplate/spec/template/metadata/labels", true));
        specs.add(new FieldSpec("Service", "spec/selector", true));
        specs.add(new FieldSpec("PodDisruptionBudget", "spec/selector/matchLabels", false));
        specs.add(new FieldSpec("NetworkPolicy", "spec/podSelector/matchLabels", false));
        return List.copyOf(specs);
    }

    private static List<FieldSpec> templateSpecs() {
        List<FieldSpec> specs = new ArrayList<>(METADATA);
        for (String kind : WORKLOADS) {
            specs.add(new FieldSpec(kind, "spec/template/metadata/labels", true));
        }
        specs.add(new FieldSpec("ReplicationController", "spec/template/metadata/labels", true));
        specs.add(new FieldSpec("Job", "spec/template/metadata/labels", true));
        specs.add(new FieldSpec("CronJob", "spec/jobTemplate/metadata/labels", true));
        specs.add(new FieldSpec("CronJob", "spec/jobTemplate/spec/template/metadata/labels", true));
        return List.copyOf(specs);
    }

    /** The fields kustomize's {@code commonAnnotations} writes: metadata and pod templates. */
    static final List<FieldSpec> ANNOTATIONS = TEMPLATES.stream()
            .map(spec -> new FieldSpec(spec.kind(), spec.path().replace("labels", "annotations"), spec.create())).toList();

    private final NodeOrigins origins;

    LabelFields(NodeOrigins origins) {
        this.origins = origins;
    }

    /** A kustomization's {@code commonLabels}, {@code labels} and {@code commonAnnotations}. */
    void apply(Kustomization kustomization, List<BuiltResource> resources) {
        JsonNode common = kustomization.root().path("commonLabels");
        JsonNode annotations = kustomization.root().path("commonAnnotations");
        JsonNode entries = kustomization.root().path("labels");
        for (BuiltResource resource : resources) {
            add(resource, common, SELECTORS,
                    key -> kustomization.at(YamlDocuments.child("/commonLabels", key)));
            for (int i = 0; i < entries.size(); i++) {
                JsonNode entry = entries.get(i);
                String pointer = "/labels/" + i + "/pairs";
                List<FieldSpec> specs = entry.path("includeSelectors").asBoolean(false) ? SELECTORS
                        : entry.path("includeTemplates").asBoolean(false) ? TEMPLATES : METADATA;
                if (entry.path("fields").isArray()) {
                    specs = new ArrayList<>(specs);
                    specs.addAll(specsOf(entry.path("fields")));
                }
                add(resource, entry.path("pairs"), specs, key -> kustomization.at(YamlDocuments.child(pointer, key)));
            }
            add(resource, annotations, ANNOTATIONS,
                    key -> kustomization.at(YamlDocuments.child("/commonAnnotations", key)));
        }
    }

    /**
     * Writes every pair of {@code pairs} (a map node in a kustomization) into the fields of
     * {@code specs} that apply to {@code resource}; each value keeps the place of its pair.
     */
    void add(BuiltResource resource, JsonNode pairs, List<FieldSpec> specs, Function<String, Location> placeOfPair) {
        if (!pairs.isObject() || pairs.isEmpty()) {
            return;
        }
        boolean builtIn = StrategicMerge.isBuiltInGroup(resource.group());
        for (FieldSpec spec : specs) {
            if (!spec.kind().isEmpty() && (!spec.kind().equals(resource.kind()) || !builtIn)) {
                continue;
            }
            ObjectNode target = reach(resource.root(), spec.path(), spec.create());
            if (target == null) {
                continue;
            }
            for (var it = pairs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> pair = it.next();
                origins.set(target, pair.getKey(), target.textNode(pair.getValue().asText()), placeOfPair.apply(pair.getKey()));
            }
        }
    }

    /** The map at a slash-separated path, made where missing if {@code create}, else null. */
    private static ObjectNode reach(ObjectNode root, String path, boolean create) {
        ObjectNode current = root;
        for (String step : path.split("/")) {
            JsonNode next = current.get(step);
            if (next == null || next.isNull()) {
                if (!create) {
                    return null;
                }
                next = current.putObject(step);
            }
            if (!(next instanceof ObjectNode object)) {
                return null;
            }
            current = object;
        }
        return current;
    }

    /** The field specs of a {@code LabelTransformer} or {@code AnnotationsTransformer} configuration. */
    static List<FieldSpec> specsOf(JsonNode fieldSpecs) {
        List<FieldSpec> specs = new ArrayList<>();
        for (JsonNode spec : fieldSpecs) {
            specs.add(new FieldSpec(spec.path("kind").asText(""), spec.path("path").asText(""),
                    spec.path("create").asBoolean(false)));
        }
        return specs;
    }
}
