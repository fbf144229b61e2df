package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.check.Quoted;
import java.util.List;
import java.util.regex.Pattern;

/** The {@code with:} block of a {@code k8s-manifests} gate. */
public record K8sManifestsOptions(
        @OptionDoc("files or directories of Kubernetes YAML, relative to the project (default: those of k8s/, "
                + "deploy/, manifests/, kustomize/ that exist)") List<String> paths,
        @OptionDoc("environment variables that hold the Mistral key (default [MISTRAL_API_KEY])")
        @JsonProperty("key-names") List<String> keyNames,
        @OptionDoc("the app's deep health endpoint, which calls Mistral: a probe on it, in a workload given the key, "
                + "is a warning (default /health)")
        @JsonProperty("health-path") String healthPath,
        @OptionDoc("check every Deployment, StatefulSet and Rollout, not only those given the Mistral key (default false)")
        @JsonProperty("all-workloads") boolean allWorkloads,
        @OptionDoc("whether finding no manifests fails the gate (default false: it is skipped with the reason)")
        boolean required,
        @OptionDoc("values files, relative to the project, that `helm template` renders the charts under `paths` with, "
                + "after each chart's own values.yaml (default none)") List<String> values) {

    public static final List<String> DEFAULT_PATHS = List.of("k8s", "deploy", "manifests", "kustomize");
    public static final String DEFAULT_KEY_NAME = "MISTRAL_API_KEY";
    public static final String DEFAULT_HEALTH_PATH = "/health";

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public K8sManifestsOptions {
        paths = paths == null ? List.of() : List.copyOf(paths);
        values = values == null ? List.of() : List.copyOf(values);
        keyNames = keyNames == null || keyNames.isEmpty() ? List.of(DEFAULT_KEY_NAME) : List.copyOf(keyNames);
        for (String name : keyNames) {
            if (name == null || !VARIABLE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("`key-names` must list environment variable names (letters, digits "
                        + "and `_`, such as " + DEFAULT_KEY_NAME + "), not `" + Quoted.excerpt(String.valueOf(name)) + "`");
            }
        }
        healthPath = healthPath == null ? DEFAULT_HEALTH_PATH : healthPath.trim();
        if (!healthPath.startsWith("/")) {
            throw new IllegalArgumentException("`health-path` must be a path starting with `/`, such as "
                    + DEFAULT_HEALTH_PATH + ", not `" + Quoted.excerpt(healthPath) + "`");
        }
    }

    public K8sManifestsOptions(List<String> paths, List<String> keyNames, String healthPath, boolean allWorkloads,
                               boolean required) {
        this(paths, keyNames, healthPath, allWorkloads, required, List.of());
    }

    public static K8sManifestsOptions defaults() {
        return new K8sManifestsOptions(List.of(), List.of(), DEFAULT_HEALTH_PATH, false, false);
    }

    public K8sManifestsOptions withPaths(List<String> newPaths) {
        return new K8sManifestsOptions(newPaths, keyNames, healthPath, allWorkloads, required, values);
    }

    public K8sManifestsOptions checkingAllWorkloads() {
        return new K8sManifestsOptions(paths, keyNames, healthPath, true, required, values);
    }

    public K8sManifestsOptions whenRequired() {
        return new K8sManifestsOptions(paths, keyNames, healthPath, allWorkloads, true, values);
    }

    public K8sManifestsOptions withValues(List<String> newValues) {
        return new K8sManifestsOptions(paths, keyNames, healthPath, allWorkloads, required, newValues);
    }

    static K8sManifestsOptions bind(List<String> paths, List<String> keyNames, String healthPath, Boolean allWorkloads,
                                    Boolean required) {
        return bind(paths, keyNames, healthPath, allWorkloads, required, null);
    }

    @JsonCreator
    static K8sManifestsOptions bind(@JsonProperty("paths") List<String> paths,
                                    @JsonProperty("key-names") List<String> keyNames,
                                    @JsonProperty("health-path") String healthPath,
                                    @JsonProperty("all-workloads") Boolean allWorkloads,
                                    @JsonProperty("required") Boolean required,
                                    @JsonProperty("values") List<String> values) {
        return new K8sManifestsOptions(paths, keyNames, healthPath, allWorkloads != null && allWorkloads,
                required != null && required, values);
    }
}
