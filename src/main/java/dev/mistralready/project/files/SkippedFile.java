package dev.mistralready.project.files;

import java.util.Objects;

/**
 * A file (or directory) of the project that was not read, and why.
 *
 * @param path   relative to the project root, forward slashes ({@code "."} for the root itself)
 * @param reason why it was skipped
 * @param detail one short line for humans, e.g. {@code "2.3 MiB > 1 MiB limit"}
 */
public record SkippedFile(String path, SkipReason reason, String detail) {

    public SkippedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
