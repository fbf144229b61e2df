package dev.mistralready.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What a path names, as far as writing a report to it goes. */
enum NodeType {
    MISSING,
    REGULAR_FILE,
    DIRECTORY,
    SYMBOLIC_LINK,
    BLOCK_DEVICE,
    /** A FIFO, a terminal or another character device, a socket: written in place, never replaced. */
    STREAM;

    private static final int TYPE_BITS = 0170000;
    private static final int BLOCK_DEVICE_BITS = 0060000;

    /** The type of {@code path}; pass {@link LinkOption#NOFOLLOW_LINKS} to see a link rather than its target. */
    static NodeType of(Path path, LinkOption... options) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, options);
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        if (attributes.isSymbolicLink()) {
            return SYMBOLIC_LINK;
        }
        if (attributes.isRegularFile()) {
            return REGULAR_FILE;
        }
        if (attributes.isDirectory()) {
            return DIRECTORY;
        }
        return isBlockDevice(path, options) ? BLOCK_DEVICE : STREAM;
    }

    // The basic view calls block and character devices alike "other"; only the mode bits tell them apart.
    private static boolean isBlockDevice(Path path, LinkOption... options) throws IOException {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return false;
        }
        int mode = (Integer) Files.getAttribute(path, "unix:mode", options);
        return (mode & TYPE_BITS) == BLOCK_DEVICE_BITS;
    }
}
