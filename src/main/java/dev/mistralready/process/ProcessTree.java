package dev.mistralready.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Kills a process together with everything it started. Killing only the shell of {@code sh -c "npm test"}
 * would leave npm and its children running, holding ports and files, after the gate timed out.
 */
public final class ProcessTree {

    private static final long EXIT_POLL_MILLIS = 10;

    private ProcessTree() {
    }

    /**
     * Forcibly kills {@code process} and its descendants, then waits up to {@code wait} for them to
     * exit. The descendants are listed first: once their parent is dead they are re-parented and can
     * no longer be found from it. Keeps the caller's interrupt status.
     */
    static void kill(Process process, Duration wait) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        // The root first, so it cannot start replacements for children killed before it.
        tree.forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree, wait);
    }

    /**
     * Whether {@code process} still runs. Unlike {@link ProcessHandle#isAlive()} this counts a zombie
     * as gone: a killed grandchild is re-parented to PID 1, and in a container whose PID 1 reaps
     * slowly (or never) it stays a zombie, which holds nothing but its process id.
     */
    public static boolean isRunning(ProcessHandle process) {
        return process.isAlive() && !isZombie(process.pid());
    }

    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int afterName = stat.lastIndexOf(')'); // the name may itself contain spaces and parentheses
            return afterName > 0 && stat.length() > afterName + 2 && stat.charAt(afterName + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return false; // no /proc (not Linux) or already gone: isAlive() decides
        }
    }

    /** Polls, since {@code onExit()} of a process that is not our child completes only once it is reaped. */
    private static void awaitExit(List<ProcessHandle> tree, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean interrupted = false;
        while (tree.stream().anyMatch(ProcessTree::isRunning) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(EXIT_POLL_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true; // finish the bounded wait; report the interrupt afterwards
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
