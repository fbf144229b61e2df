package dev.mistralready.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A variable put in a command's environment that every process it starts inherits, so that what the
 * command leaves running can be found after it exits: a background job, a {@code nohup}, a daemon's
 * double fork, even a process that left the command's process group and session with {@code setsid}.
 * Jenkins finds a build's processes the same way, by its {@code BUILD_ID}. Only on Linux, from
 * {@code /proc/<pid>/environ}; elsewhere nothing is found and the process tree alone is killed. A
 * process that replaces its whole environment ({@code env -i}) escapes the mark.
 */
public record ProcessMark(String value) {

    static final String VARIABLE = "MISTRAL_READY_PROCESS_MARK";
    private static final Path PROC = Path.of("/proc");
    private static final AtomicLong COUNT = new AtomicLong();

    /**
     * A mark no other command shares: this JVM's pid, a count and a random number. It need not be
     * secret, only unique, so it costs no secure random seeding.
     */
    public static ProcessMark fresh() {
        return new ProcessMark(ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
    }

    /** Puts the mark into the environment a process will start with. */
    void applyTo(Map<String, String> environment) {
        environment.put(VARIABLE, value);
    }

    /** The running processes that carry the mark; none where there is no {@code /proc}. */
    List<ProcessHandle> carriers() {
        List<ProcessHandle> found = new ArrayList<>();
        if (!Files.isDirectory(PROC)) {
            return found;
        }
        byte[] entry = (VARIABLE + "=" + value).getBytes(StandardCharsets.US_ASCII);
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, ProcessMark::isProcessDirectory)) {
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                if (pid != self && carries(process, entry)) {
                    ProcessHandle.of(pid).filter(ProcessTree::isRunning).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            return found; // /proc cannot be listed: the process tree was killed, which is all we can do
        }
        return found;
    }

    private static boolean isProcessDirectory(Path path) {
        String name = path.getFileName().toString();
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    /** Whether the NUL-separated environment of {@code process} holds {@code entry} as one whole entry. */
    private static boolean carries(Path process, byte[] entry) {
        Optional<byte[]> environment = environmentOf(process);
        if (environment.isEmpty()) {
            return false;
        }
        byte[] bytes = environment.get();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == 0) {
                if (i - start == entry.length && Arrays.equals(bytes, start, i, entry, 0, entry.length)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** Empty for a process that is gone or not ours to read (another user's). */
    private static Optional<byte[]> environmentOf(Path process) {
        try {
            return Optional.of(Files.readAllBytes(process.resolve("environ")));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return VARIABLE + "=" + value;
    }
}
