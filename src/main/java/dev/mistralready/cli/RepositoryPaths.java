package dev.mistralready.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a file as the report names it into its path in the repository GitHub checked out, so an
 * annotation lands on the file: report paths are relative to the project root (DIR), or, for the
 * checklist's own lines, name the checklist as the user gave it; GitHub wants them relative to the
 * workspace. A file outside the workspace, or the built-in checklist, has no such path.
 */
record RepositoryPaths(Path workspace, Path root, Path workingDirectory, ChecklistSource source) {

    Optional<String> of(String reported) {
        if (reported.equals(ChecklistSource.BUILT_IN_NAME) && source.anchorName().equals(reported)) {
            return Optional.empty();
        }
        try {
            Path file = reported.equals(source.anchorName())
                    ? real(workingDirectory.resolve(source.checklist().file()))
                    : root.resolve(reported).normalize();
            if (!file.startsWith(workspace)) {
                return Optional.empty();
            }
            return Optional.of(workspace.relativize(file).toString().replace('\\', '/'));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
