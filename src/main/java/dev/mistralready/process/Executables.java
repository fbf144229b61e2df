package dev.mistralready.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds a tool (helm, say) on the PATH of a check's environment, which is not the JVM's own. */
public final class Executables {

    private Executables() {
    }

    /** The first regular, executable file called {@code name} in the directories of {@code PATH}. */
    public static Optional<Path> onPath(Map<String, String> environment, String name) {
        String path = environment.getOrDefault("PATH", "");
        for (String directory : path.split(Pattern.quote(File.pathSeparator))) {
            if (directory.isBlank()) {
                continue;
            }
            try {
                Path candidate = Path.of(directory, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (InvalidPathException e) {
                // not a directory name: look on
            }
        }
        return Optional.empty();
    }
}
