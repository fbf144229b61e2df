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
 * @param itself  the package this manifest describes, with its own version ({@code name} and
 *                {@code version} of a {@code package.json}, {@code [project]} of a
 *                {@code pyproject.toml}), when it names one
 */
public record Manifest(String path, Map<String, Dependency> dependencies, Optional<String> problem,
                       Optional<Dependency> itself) {

    public Manifest {
        Objects.requireNonNull(path, "path");
        dependencies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dependencies));
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(itself, "itself");
    }

    static Manifest of(String path, List<Dependency> declared) {
        return of(path, declared, Optional.empty());
    }

    static Manifest of(String path, List<Dependency> declared, Optional<Dependency> itself) {
        Map<String, Dependency> byName = new LinkedHashMap<>();
        for (Dependency dependency : declared) {
            byName.putIfAbsent(Dependency.normalise(dependency.name()), dependency);
        }
        return new Manifest(path, byName, Optional.empty(), itself);
    }

    static Manifest unreadable(String path, String problem) {
        return new Manifest(path, Map.of(), Optional.of(problem), Optional.empty());
    }

    /**
     * The dependency called {@code name}, compared as {@link Dependency#normalise} does; when the
     * manifest is that package's own ({@code @mistralai/mistralai}'s repository), the package
     * itself at its own version.
     */
    public Optional<Dependency> dependency(String name) {
        String wanted = Dependency.normalise(name);
        return itself.filter(own -> Dependency.normalise(own.name()).equals(wanted))
                .or(() -> Optional.ofNullable(dependencies.get(wanted)));
    }
}
