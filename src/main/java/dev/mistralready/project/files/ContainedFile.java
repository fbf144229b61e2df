package dev.mistralready.project.files;

import dev.mistralready.check.ByteSize;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads a file that the project under check supplies by name (its checklist, its baseline, its
 * build manifests). The project is untrusted input, as a pull request is, so such a file is read
 * only when it is a regular file of bounded size that resolves inside the project: a committed
 * symbolic link to {@code ~/.git-credentials} or {@code /dev/zero} is refused, and nothing of its
 * target is read.
 */
public final class ContainedFile {

    private ContainedFile() {
    }

    /** Why a file cannot be read: the message is the file as {@code shownAs} names it, then the reason. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String reason;

        Refused(String shownAs, String reason) {
            super(shownAs + " " + reason);
            this.reason = reason;
        }

        /** The message without the file's name: "is a directory, not a regular file". */
        public String reason() {
            return reason;
        }
    }

    /**
     * The bytes of {@code file}, which must resolve, links followed, inside {@code root}; empty when
     * nothing is there (not even a dangling link).
     *
     * @param shownAs how messages name the file
     * @throws Refused when it leaves the project, is not a regular file, is larger than {@code maxBytes}
     *                 or cannot be read
     */
    public static Optional<byte[]> readInside(Path root, Path file, String shownAs, long maxBytes) throws Refused {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real = realPath(absolute, shownAs);
        Path realRoot = realPath(root.toAbsolutePath().normalize(), shownAs);
        if (!real.startsWith(realRoot)) {
            throw new Refused(shownAs, "resolves to " + real + ", outside the project; mistral-ready reads only "
                    + "files inside the project it checks, so replace the link with the file itself");
        }
        return Optional.of(readRegular(real, shownAs, maxBytes));
    }

    /**
     * The bytes of {@code file}, wherever it is (for a file the user named on the command line), if
     * it is a regular file of at most {@code maxBytes}.
     */
    public static byte[] readRegular(Path file, String shownAs, long maxBytes) throws Refused {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new Refused(shownAs, "cannot be read: " + IoReason.of(e));
        }
        if (!attributes.isRegularFile()) {
            throw new Refused(shownAs, "is " + kindOf(attributes) + ", not a regular file");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(shownAs, attributes.size(), maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(shownAs, bytes.length, maxBytes); // it grew since we looked
            }
            return bytes;
        } catch (IOException e) {
            throw new Refused(shownAs, "cannot be read: " + IoReason.of(e));
        }
    }

    private static Path realPath(Path path, String shownAs) throws Refused {
        try {
            return path.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused(shownAs, "is a symbolic link to a file that does not exist");
        } catch (IOException e) {
            throw new Refused(shownAs, "cannot be read: " + IoReason.of(e));
        }
    }

    private static String kindOf(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a directory";
        }
        return "a device, pipe or socket";
    }

    private static Refused tooLarge(String shownAs, long size, long maxBytes) {
        return new Refused(shownAs, "is " + size + " bytes, more than the " + ByteSize.format(maxBytes) + " limit");
    }
}
