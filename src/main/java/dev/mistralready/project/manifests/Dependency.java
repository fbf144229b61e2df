package dev.mistralready.project.manifests;

import java.util.Locale;
import java.util.Objects;

/**
 * A package a manifest depends on.
 *
 * @param name     as the manifest writes it
 * @param version  its constraint
 * @param manifest the manifest's path relative to the project root, e.g. {@code package.json}
 * @param itself   the manifest does not depend on the package, it <em>is</em> it: the project is
 *                 that package (the SDK's own repository), and {@code version} is its own
 */
public record Dependency(String name, VersionSpec version, String manifest, boolean itself) {

    public Dependency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(manifest, "manifest");
    }

    public Dependency(String name, VersionSpec version, String manifest) {
        this(name, version, manifest, false);
    }

    /** The package a manifest describes, at the version it gives itself. */
    static Dependency itself(String name, VersionSpec version, String manifest) {
        return new Dependency(name, version, manifest, true);
    }

    /**
     * The name packages are compared by: lower case, and for Python runs of {@code -}, {@code _} and
     * {@code .} as one {@code -} (PEP 503); npm names are already lower case and keep their scope.
     */
    public static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    /** {@code @mistralai/mistralai ^2.7.0 (package.json)}; {@code ... 1.9.2 (pyproject.toml: this project itself)}. */
    public String describe() {
        return name + " " + version.describe() + " (" + manifest + (itself ? ": this project itself" : "") + ")";
    }
}
