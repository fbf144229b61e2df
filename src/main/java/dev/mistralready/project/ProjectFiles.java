package dev.mistralready.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Lists the files of the project under check that a check may read.
 *
 * <p>A walk of the root that honours {@code .gitignore} files at every level and skips {@code .git}.
 * Symbolic links are recorded as skipped and never followed, and the listing is sorted by path.
 */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static FileListing list(Path root) throws IOException {
        return list(root, FileSelection.ALL);
    }

    /**
     * @param root the project directory; a symbolic link here is followed, since the user named it
     * @throws IOException if {@code root} is not a readable directory
     */
    public static FileListing list(Path root, FileSelection selection) throws IOException {
        Objects.requireNonNull(selection, "selection");
        Path directory = root.toRealPath();
        if (!Files.isDirectory(directory)) {
            throw new NotDirectoryException(root.toString());
        }
        SelectionRules rules = SelectionRules.of(selection);
        return DirectoryWalk.list(directory, rules);
    }
}
