package dev.mistralready.project.files;

import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A file as {@code git add} staged it: the blob the index holds, which the next commit will take,
 * whatever the work-tree file holds now.
 *
 * @param path relative to the project root, forward slashes: what findings and reports show
 * @param blob the staged content's object id
 */
public record StagedFile(String path, ObjectId blob) {

    public StagedFile {
        Objects.requireNonNull(path, "path");
        blob = Objects.requireNonNull(blob, "blob").copy();
    }
}
