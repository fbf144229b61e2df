package dev.mistralready.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where this JVM's own cgroup v2 directory is, if it has one it may write to: its path from the
 * {@code 0::} line of {@code /proc/self/cgroup}, under a cgroup2 mount from {@code /proc/self/mountinfo}
 * that is mounted read-write (pure v2 at {@code /sys/fs/cgroup}, or hybrid at {@code /sys/fs/cgroup/unified}).
 * Empty off Linux, with cgroup v1 only, a read-only mount (Docker's default), or no write access.
 */
final class OwnCgroup {

    private static final Path SELF_CGROUP = Path.of("/proc/self/cgroup");
    private static final Path SELF_MOUNTINFO = Path.of("/proc/self/mountinfo");

    private OwnCgroup() {
    }

    /** Looked up once: a process does not move between cgroups by itself. */
    private static final class Found {
        static final Optional<Path> DIRECTORY = find();
    }

    static Optional<Path> directory() {
        return Found.DIRECTORY;
    }

    private static Optional<Path> find() {
        try {
            Optional<String> path = Files.readAllLines(SELF_CGROUP).stream()
                    .filter(line -> line.startsWith("0::/"))
                    .map(line -> line.substring("0::".length()))
                    .findFirst();
            if (path.isEmpty() || path.get().endsWith(" (deleted)")) {
                return Optional.empty();
            }
            for (String mount : Files.readAllLines(SELF_MOUNTINFO)) {
                Optional<Path> directory = directoryUnder(mount, path.get());
                if (directory.isPresent()) {
                    Path procs = directory.get().resolve("cgroup.procs");
                    // Moving a process from our cgroup into a child needs write access to both.
                    boolean writable = Files.isWritable(directory.get()) && Files.isWritable(procs);
                    return writable ? directory : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Our cgroup's directory, if {@code mount} (one line of mountinfo: {@code id parent dev root
     * mountpoint options ... - fstype source superoptions}) is a read-write cgroup2 mount holding it.
     */
    private static Optional<Path> directoryUnder(String mount, String cgroupPath) {
        int separator = mount.indexOf(" - ");
        if (separator < 0 || !mount.substring(separator + 3).startsWith("cgroup2 ")) {
            return Optional.empty();
        }
        List<String> fields = List.of(mount.substring(0, separator).split(" "));
        if (fields.size() < 6 || !List.of(fields.get(5).split(",")).contains("rw")) {
            return Optional.empty();
        }
        String root = unescape(fields.get(3));
        String mountPoint = unescape(fields.get(4));
        String prefix = root.endsWith("/") ? root : root + "/";
        if (!cgroupPath.equals(root) && !cgroupPath.startsWith(prefix)) {
            return Optional.empty(); // a mount of some other part of the hierarchy
        }
        return Optional.of(Path.of(mountPoint, cgroupPath.substring(root.length())));
    }

    /** mountinfo writes space, tab, newline and backslash as octal escapes ({@code \040}). */
    private static String unescape(String field) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                text.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
