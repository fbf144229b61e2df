package dev.mistralready.project.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A regular file of the project under check.
 *
 * @param path     relative to the project root, forward slashes: what findings and reports show
 * @param absolute where to read it
 * @param size     in bytes, as listed
 */
public record ProjectFile(String path, Path absolute, long size) {

    public ProjectFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(absolute, "absolute");
        if (size < 0) {
            throw new IllegalArgumentException("size must be 0 or more, was " + size);
        }
    }
}
