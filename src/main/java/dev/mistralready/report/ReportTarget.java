package dev.mistralready.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a report really goes and how it is written there, decided by looking at the path before anything
 * is written. A missing or regular file is replaced whole; a pipe, terminal or other character device is
 * written in place. A symbolic link is never replaced: a link to a stream ({@code /dev/stdout}) is written
 * through (if a device, only to /dev/null or a terminal), a link to a regular file inside the
 * {@link LinkBoundary} has its target replaced, and anything
 * else is refused, as are directories and block devices.
 *
 * @param path the file to replace or the stream to open
 */
record ReportTarget(Path path, Mode mode) {

    enum Mode {
        /** Temp file beside {@link #path}, then a rename over it. */
        REPLACE,
        /** Open {@link #path} for writing as it is: no temp file, no rename, no truncation. */
        STREAM
    }

    static ReportTarget of(Path target, LinkBoundary boundary) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = existingDirectory(absolute);
        return switch (NodeType.of(absolute, LinkOption.NOFOLLOW_LINKS)) {
            case MISSING, REGULAR_FILE -> replaced(absolute, directory, boundary);
            case SYMBOLIC_LINK -> throughLink(absolute, boundary);
            case DIRECTORY -> throw refused("it is a directory; name a file inside it instead");
            case BLOCK_DEVICE -> throw refused("it is a block device, and a report is never written onto a disk; "
                    + "name a regular file instead");
            case STREAM -> new ReportTarget(absolute, Mode.STREAM);
        };
    }

    private static ReportTarget throughLink(Path link, LinkBoundary boundary) throws IOException {
        String pointsTo = "it is a symbolic link to " + Files.readSymbolicLink(link);
        return switch (NodeType.of(link)) {
            case MISSING -> throw refused(pointsTo + ", which does not exist; remove the link or name another file");
            case REGULAR_FILE -> {
                Path real = link.toRealPath();
                if (!boundary.containsReally(real)) {
                    throw refused("it is a symbolic link to " + real + ", outside " + boundary
                            + "; name " + real + " itself if you mean to overwrite it");
                }
                yield new ReportTarget(real, Mode.REPLACE);
            }
            case DIRECTORY -> throw refused(pointsTo + ", a directory; name a file inside it instead");
            case BLOCK_DEVICE -> throw refused(pointsTo + ", a block device, and a report is never written onto "
                    + "a disk; name a regular file instead");
            default -> {
                if (CharacterDevice.isUnsafeForReports(link)) {
                    throw refused(pointsTo + ", a device other than /dev/null or a terminal; name a regular file "
                            + "instead, or the device itself if you mean it");
                }
                yield new ReportTarget(link, Mode.STREAM); // what a followed link leads to is never a link
            }
        };
    }

    /** The nearest directory on the way to {@code absolute} that exists; the rest is created. */
    private static Path existingDirectory(Path absolute) throws RefusedReportTarget {
        Path existing = absolute.getParent() == null ? absolute : absolute.getParent();
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing)) {
            throw refused(existing + " is not a directory, so nothing can be written inside it; choose another path");
        }
        return existing;
    }

    /**
     * A new or regular file; if the path as written lies in the boundary, a linked directory on the way
     * ({@code out -> ~}) must not lead out of it.
     */
    private static ReportTarget replaced(Path absolute, Path directory, LinkBoundary boundary) throws IOException {
        Path real = directory.toRealPath().resolve(directory.relativize(absolute));
        if (boundary.containsAsWritten(absolute) && !boundary.containsReally(real)) {
            throw refused("a symbolic link on the way leads it to " + real + ", outside " + boundary
                    + "; name " + real + " itself if you mean to write there");
        }
        return new ReportTarget(absolute, Mode.REPLACE);
    }

    private static RefusedReportTarget refused(String reason) {
        return new RefusedReportTarget(reason);
    }
}
