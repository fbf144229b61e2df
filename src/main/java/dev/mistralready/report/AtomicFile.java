package dev.mistralready.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Writes a regular file whole or not at all (temp file, then rename), so CI never reads half a report.
 * Only for paths {@link ReportTarget} has vetted: the rename replaces whatever the path names. The file
 * gets the permissions a new file gets (the umask decides, as for any tool's output), or keeps those of
 * the file it replaces, never the owner-only mode of a JDK temp file, which a CI artifact upload running
 * as another user could not read.
 */
final class AtomicFile {

    private static final int MAX_ATTEMPTS = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    static void replace(Path file, ReportFile.Content content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temp = createTemp(directory, absolute.getFileName().toString());
        try {
            keepPermissions(absolute, temp);
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new empty file beside the target, created with the default permissions, so the umask applies. */
    private static Path createTemp(Path directory, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = directory.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path replaced, Path temp) throws IOException {
        if (Files.isRegularFile(replaced, LinkOption.NOFOLLOW_LINKS)
                && replaced.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(replaced, LinkOption.NOFOLLOW_LINKS);
            Files.setPosixFilePermissions(temp, permissions);
        }
    }
}
