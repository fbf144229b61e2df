package dev.mistralready.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The directory a report written through a symbolic link must stay in: a checked-out repository can
 * commit {@code report.xml -> ~/.bashrc}, so a link out of it is never followed to a regular file.
 *
 * @param name what the directory is to the user, for messages: "the working directory"
 */
public record LinkBoundary(String name, Path directory) {

    public LinkBoundary {
        Objects.requireNonNull(name, "name");
        directory = directory.toAbsolutePath().normalize();
    }

    /** Whether {@code absolute}, a normalised absolute path, lies in the directory as written. */
    boolean containsAsWritten(Path absolute) {
        return absolute.startsWith(directory);
    }

    /** Whether {@code real}, a path with every link resolved, lies in the directory's real location. */
    boolean containsReally(Path real) throws IOException {
        return real.startsWith(directory.toRealPath());
    }

    @Override
    public String toString() {
        return name + " " + directory;
    }
}
