package dev.mistralready.checks.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import dev.mistralready.process.ProcessTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the command runs in a cgroup of its own, what escapes the mark is killed too and the cgroup is
 * removed afterwards (skipped where no cgroup can be made: cgroup v1 only, a read-only
 * {@code /sys/fs/cgroup}, no write access); with or without one, a missing command fails the same.
 */
@EnabledOnOs(OS.LINUX)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CommandCgroupTest {

    /** Records the command's cgroup (its path under the cgroup2 mount) in the file {@code cgroup}. */
    private static final String RECORD_CGROUP = "grep '^0::' /proc/self/cgroup | cut -d: -f3- > cgroup";

    private final CommandCheck check = new CommandCheck();

    @TempDir
    Path project;

    private void assumeCommandsGetACgroupOfTheirOwn() throws IOException {
        Outcome probe = run(RECORD_CGROUP);

        assumeThat(probe.status()).isEqualTo(Status.PASS);
        assumeThat(recordedCgroup()).contains("/mistral-ready-");
        assertThat(cgroupDirectories(recordedCgroup())).as("cgroup left behind").noneMatch(Files::exists);
    }

    @AfterEach
    void killWhatATestFailureLeft() throws IOException {
        recordedPids().forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    void aProcessThatReplacedItsWholeEnvironmentIsKilledAndNamed() throws Exception {
        assumeCommandsGetACgroupOfTheirOwn();
        // env -i drops the mark; the inner sh records its pid, then becomes the sleep (setsid may fork before it)
        Outcome outcome = run(RECORD_CGROUP + "\nenv -i setsid sh -c 'echo $$ >> pids; exec sleep 120' &"
                + "\nwhile [ ! -s pids ]; do sleep 0.01; done");

        List<Long> pids = recordedPids();
        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).matches("killed 1 process the command left running: \\S+ \\(pid " + pids.get(0) + "\\)");
        assertNoneRunning(pids);
        assertThat(cgroupDirectories(recordedCgroup())).as("cgroup left behind").noneMatch(Files::exists);
    }

    @Test
    void aCancelledCommandsProcessWithoutTheMarkIsKilledToo() throws Exception {
        assumeCommandsGetACgroupOfTheirOwn();
        Cancellation cancellation = new Cancellation();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            // the subshell exits at once, so the escaping process is no longer in the tree killed on cancellation
            Future<Outcome> running = worker.submit(() -> check.run(
                    CommandOptions.of(Invocation.shell("(env -i setsid sh -c 'echo $$ >> pids; exec sleep 120' &); sleep 300")),
                    Contexts.in(project, Map.of(), cancellation, Progress.NONE)));
            while (recordedPids().isEmpty()) {
                Thread.sleep(10); // until the escaping process has started, not for a time
            }

            cancellation.cancel();

            Outcome outcome = running.get(10, TimeUnit.SECONDS);
            assertThat(outcome.status()).isEqualTo(Status.ERROR);
            assertThat(outcome.details()).contains("(pid " + recordedPids().get(0) + ")");
            assertNoneRunning(recordedPids());
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void aProcessInACgroupTheCommandMadeInsideItsOwnIsKilledAndBothCgroupsAreRemoved() throws Exception {
        assumeCommandsGetACgroupOfTheirOwn();
        Path mount = cgroupMountHolding(recordedCgroup());

        Outcome outcome = run(RECORD_CGROUP + "\ninner=" + mount + "$(cat cgroup)/inner && mkdir \"$inner\""
                + "\nenv -i sh -c 'echo $$ > \"$1/cgroup.procs\" && echo $$ >> pids && exec sleep 120' sh \"$inner\" &"
                + "\nwhile [ ! -s pids ]; do sleep 0.01; done");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).contains("(pid " + recordedPids().get(0) + ")");
        assertNoneRunning(recordedPids());
        assertThat(mount.resolve(recordedCgroup().substring(1))).as("cgroup left behind").doesNotExist();
    }

    @Test
    void aProcessFoundByBothTheCgroupAndTheMarkIsNamedOnce() throws Exception {
        assumeCommandsGetACgroupOfTheirOwn();
        Outcome outcome = run("sleep 120 & echo $! >> pids; echo started");

        assertThat(outcome.details()).matches("killed 1 process the command left running: \\S+ \\(pid "
                + recordedPids().get(0) + "\\)");
        assertNoneRunning(recordedPids());
    }

    @Test
    void aCommandTheShellCannotFindFailsAsWithoutACgroup() {
        Outcome outcome = run("npx-nope --version");

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).isEqualTo("command not found: npx-nope (the shell could not find it on the PATH)");
        assertThat(outcome.details()).isEqualTo("output (1 line):\nsh: 1: npx-nope: not found");
    }

    @Test
    void aProgramThatDoesNotExistFailsToStartAsWithoutACgroup() {
        Outcome outcome = check.run(CommandOptions.of(Invocation.argv(List.of("npx-nope", "test"))), Contexts.in(project));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).isEqualTo("command not found: npx-nope (looked for `npx-nope` on the PATH)");
    }

    @Test
    void aProgramThatCannotBeRunFailsToStartAsWithoutACgroup() throws IOException {
        Files.writeString(project.resolve("not-executable.sh"), "echo never\n");

        Outcome outcome = check.run(CommandOptions.of(Invocation.argv(List.of("./not-executable.sh"))), Contexts.in(project));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).isEqualTo("could not start `./not-executable.sh`: Permission denied");
    }

    private Outcome run(String command) {
        return check.run(new CommandOptions(Invocation.shell(command), Optional.empty(), Map.of(), Optional.empty()),
                Contexts.in(project));
    }

    private String recordedCgroup() throws IOException {
        Path file = project.resolve("cgroup");
        return Files.exists(file) ? Files.readString(file).strip() : "";
    }

    /** Where {@code cgroupPath} would be under each cgroup2 mount of this machine. */
    private static List<Path> cgroupDirectories(String cgroupPath) throws IOException {
        List<Path> directories = new ArrayList<>();
        for (String mount : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
            if (mount.contains(" - cgroup2 ")) {
                directories.add(Path.of(mount.split(" ")[4], cgroupPath));
            }
        }
        return directories;
    }

    /** The cgroup2 mount that holds the parent of {@code cgroupPath}, a cgroup since removed. */
    private static Path cgroupMountHolding(String cgroupPath) throws IOException {
        for (Path directory : cgroupDirectories(cgroupPath)) {
            if (Files.isDirectory(directory.getParent())) {
                return Path.of(directory.toString().substring(0, directory.toString().length() - cgroupPath.length()));
            }
        }
        throw new IllegalStateException("no cgroup2 mount holds " + cgroupPath);
    }

    private List<Long> recordedPids() throws IOException {
        Path file = project.resolve("pids");
        List<Long> pids = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (line.strip().matches("\\d+")) {
                    pids.add(Long.parseLong(line.strip()));
                }
            }
        }
        return pids;
    }

    private static void assertNoneRunning(List<Long> pids) throws Exception {
        assertThat(pids).isNotEmpty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (pids.stream().anyMatch(CommandCgroupTest::runs) && System.nanoTime() < deadline) {
            Thread.sleep(20); // a killed process may take a moment to leave the process table
        }
        assertThat(pids).as("processes still running").noneMatch(CommandCgroupTest::runs);
    }

    private static boolean runs(long pid) {
        return ProcessHandle.of(pid).filter(ProcessTree::isRunning).isPresent();
    }
}
