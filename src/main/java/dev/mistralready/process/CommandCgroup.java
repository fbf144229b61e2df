package dev.mistralready.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A cgroup v2 of its own for one command, a child of this JVM's cgroup. The command enters it before
 * it can fork, so everything it starts is born inside and stays there whatever it does: leave its
 * session, double fork, or replace its whole environment ({@code env -i}) and so lose the
 * {@link ProcessMark}. Killing the cgroup kills them all. Where no such cgroup can be made, or the
 * command cannot enter it, the command runs as before and the mark alone finds what it left.
 */
final class CommandCgroup {

    private static final Path WRAPPER_SHELL = Path.of("/bin/sh");
    /**
     * Run as {@code sh -c ENTER sh <cgroup> <command...>}: moves itself into the cgroup, then becomes the
     * command. A failed move is silent and changes nothing: the command runs outside, as it would have.
     */
    private static final String ENTER = "{ echo $$ > \"$1/cgroup.procs\"; } 2>/dev/null; shift; exec \"$@\"";
    private static final long ROUND_PAUSE_MILLIS = 10;

    private final Path directory;

    private CommandCgroup(Path directory) {
        this.directory = directory;
    }

    /**
     * Creates the cgroup and makes {@code builder} start its command inside it; empty, with
     * {@code builder} untouched, where that cannot be done.
     */
    static Optional<CommandCgroup> around(ProcessBuilder builder, ProcessMark mark) {
        Optional<Path> parent = OwnCgroup.directory();
        if (parent.isEmpty() || !Files.isExecutable(WRAPPER_SHELL) || !shellFindsWhatTheJvmWould(builder)) {
            return Optional.empty();
        }
        Path directory = parent.get().resolve("mistral-ready-" + mark.value());
        try {
            Files.createDirectory(directory);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not delegated to us, out of cgroups (cgroup.max.descendants), ...
        }
        List<String> command = new ArrayList<>(List.of(WRAPPER_SHELL.toString(), "-c", ENTER, "sh", directory.toString()));
        command.addAll(builder.command());
        builder.command(command);
        return Optional.of(new CommandCgroup(directory));
    }

    /**
     * The JVM looks a program up on its own {@code PATH}, the wrapper's {@code exec} on the command's.
     * Only where both find the same file does the wrapper start what the JVM would have; otherwise the
     * JVM starts it, so that a missing program still fails to start exactly as it always did.
     */
    private static boolean shellFindsWhatTheJvmWould(ProcessBuilder builder) {
        String program = builder.command().get(0);
        Path workingDirectory = builder.directory() == null ? Path.of("") : builder.directory().toPath();
        Optional<Path> byJvm = find(program, System.getenv("PATH"), workingDirectory);
        return byJvm.isPresent() && byJvm.equals(find(program, builder.environment().get("PATH"), workingDirectory));
    }

    private static Optional<Path> find(String program, String path, Path workingDirectory) {
        if (program.contains("/")) {
            return executable(workingDirectory.resolve(program));
        }
        if (path == null) {
            return Optional.empty();
        }
        for (String entry : path.split(File.pathSeparator, -1)) {
            Optional<Path> found = executable(workingDirectory.resolve(entry.isEmpty() ? "." : entry).resolve(program));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> executable(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return Files.isRegularFile(absolute) && Files.isExecutable(absolute) ? Optional.of(absolute) : Optional.empty();
    }

    /**
     * Kills every process in the cgroup, waiting at most {@code wait} for none to be left. It is frozen
     * first where the kernel can, so that nothing forks between being named and being killed.
     *
     * @return the processes killed by pid, as {@code sleep (pid 123)}, in the order found
     */
    Map<Long, String> kill(Duration wait) {
        Map<Long, String> killed = new LinkedHashMap<>();
        if (!isPopulated()) {
            return killed; // the usual case: the command left nothing, or never entered the cgroup
        }
        List<Long> members = members();
        long deadline = System.nanoTime() + wait.toNanos();
        boolean interrupted = Thread.interrupted(); // pause between rounds even when the gate was interrupted
        if (write("cgroup.freeze", "1")) {
            while (!isFrozen() && System.nanoTime() < deadline) {
                interrupted |= pause();
            }
            members = members();
        }
        while (!members.isEmpty() && System.nanoTime() < deadline) {
            for (long pid : members) {
                ProcessHandle.of(pid).filter(ProcessTree::isRunning)
                        .ifPresent(process -> killed.putIfAbsent(pid, LeftoverProcesses.describe(process)));
            }
            killAll(members);
            interrupted |= pause();
            members = members();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return killed;
    }

    /**
     * Removes the cgroup and any the command made inside it, killing whatever is still there; retries
     * briefly, since the kernel refuses while a killed process has not yet left.
     */
    void remove(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                removeTree();
                break;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    break; // a process that cannot be killed (stuck in the kernel) holds it; nothing more to do
                }
                killAll(members());
                interrupted |= pause();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void removeTree() throws IOException {
        try {
            Files.deleteIfExists(directory);
            return; // the usual case: no cgroup below it
        } catch (IOException notEmpty) {
            // cgroups below it, or processes still leaving: try from the deepest
        }
        for (Path cgroup : cgroups()) {
            Files.deleteIfExists(cgroup);
        }
    }

    private void killAll(List<Long> members) {
        if (!write("cgroup.kill", "1")) { // before Linux 5.14: one by one
            members.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    /** The processes in the cgroup and in any the command made inside it (a container runtime may). */
    private List<Long> members() {
        List<Long> members = new ArrayList<>();
        for (Path cgroup : cgroups()) {
            try {
                for (String line : Files.readAllLines(cgroup.resolve("cgroup.procs"))) {
                    if (!line.isBlank()) {
                        members.add(Long.parseLong(line.strip()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // removed meanwhile: its processes are gone with it
            }
        }
        return members;
    }

    /** This cgroup and the ones below it, the deepest first, the order in which they can be removed. */
    private List<Path> cgroups() {
        try (Stream<Path> tree = Files.walk(directory)) {
            return tree.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(directory);
        }
    }

    /** Whether a process is in the cgroup or below it. */
    private boolean isPopulated() {
        return events().map(events -> !events.contains("populated 0")).orElse(true);
    }

    private boolean isFrozen() {
        return events().map(events -> events.contains("frozen 1")).orElse(true); // cannot tell: go on and kill
    }

    private Optional<List<String>> events() {
        try {
            return Optional.of(Files.readAllLines(directory.resolve("cgroup.events")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code value} was written to the cgroup's control file {@code name} (absent on older kernels). */
    private boolean write(String name, String value) {
        Path file = directory.resolve(name);
        if (!Files.exists(file)) {
            return false;
        }
        try {
            Files.writeString(file, value);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Returns whether the pause was interrupted. */
    private static boolean pause() {
        try {
            Thread.sleep(ROUND_PAUSE_MILLIS);
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }
}
