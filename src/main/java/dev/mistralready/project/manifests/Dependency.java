package dev.mistralready.project.manifests;

import java.util.Locale;
import java.util.Objects;

/**
 * A package a manifest depends on.
 *
 * @param name     as the manifest writes it
 * @param version  its constraint
 * @param manifest the manifest's path relative to the project root, e.g. {@code package.json}
 */
public record Dependency(String name, VersionSpec version, String manifest) {

    public Dependency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(manifest, "manifest");
    }

    /**
     * The name packages are compared by: lower case, and for Python runs of {@code -}, {@code _} and
     * {@code .} as one {@code -} (PEP 503); npm names are already lower case and keep their scope.
     */
    public static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    /** {@code @mistralai/mistralai ^2.7.0 (package.json)}. */
    public String describe() {
        return name + " " + version.describe() + " (" + manifest + ")";
    }
}
