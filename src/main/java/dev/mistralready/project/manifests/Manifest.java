package dev.mistralready.project.manifests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One dependency manifest of the project ({@code package.json}, {@code requirements.txt},
 * {@code pyproject.toml}) and the packages it declares, runtime and development alike.
 *
 * @param path    relative to the project root
 * @param problem why it could not be read, if it could not (then it declares nothing)
 */
public record Manifest(String path, Map<String, Dependency> dependencies, Optional<String> problem) {

    public Manifest {
        Objects.requireNonNull(path, "path");
        dependencies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dependencies));
        Objects.requireNonNull(problem, "problem");
    }

    static Manifest of(String path, List<Dependency> declared) {
        Map<String, Dependency> byName = new LinkedHashMap<>();
        for (Dependency dependency : declared) {
            byName.putIfAbsent(Dependency.normalise(dependency.name()), dependency);
        }
        return new Manifest(path, byName, Optional.empty());
    }

    static Manifest unreadable(String path, String problem) {
        return new Manifest(path, Map.of(), Optional.of(problem));
    }

    /** The dependency called {@code name}, compared as {@link Dependency#normalise} does. */
    public Optional<Dependency> dependency(String name) {
        return Optional.ofNullable(dependencies.get(Dependency.normalise(name)));
    }
}
