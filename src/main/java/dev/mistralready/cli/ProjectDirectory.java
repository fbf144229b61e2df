package dev.mistralready.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The DIR argument of a command: resolved against the working directory and checked to exist. */
final class ProjectDirectory {

    private ProjectDirectory() {
    }

    static Path resolve(Optional<Path> directory, Path workingDirectory) throws UsageException {
        Path root = workingDirectory.resolve(directory.orElse(Path.of(""))).normalize();
        if (!Files.exists(root)) {
            throw new UsageException("directory not found: " + directory.map(Path::toString).orElse(root.toString()));
        }
        if (!Files.isDirectory(root)) {
            throw new UsageException("not a directory: " + directory.map(Path::toString).orElse(root.toString()));
        }
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new UsageException("cannot open directory " + root + ": " + e.getMessage());
        }
    }
}
