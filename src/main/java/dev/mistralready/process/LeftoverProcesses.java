package dev.mistralready.process;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kills what a command left running after it ended, by its {@link ProcessMark}, round after round
 * until none is left, so that a process that keeps forking is caught too: each round kills every
 * carrier it finds, and a child forked meanwhile is found in the next.
 */
final class LeftoverProcesses {

    private static final long ROUND_PAUSE_MILLIS = 10;

    private LeftoverProcesses() {
    }

    /**
     * Kills every process that carries {@code mark}, waiting at most {@code wait} for none to be left.
     *
     * @return the processes killed by pid, as {@code sleep (pid 123)}, in the order found
     */
    static Map<Long, String> kill(ProcessMark mark, Duration wait) {
        Map<Long, String> killed = new LinkedHashMap<>();
        long deadline = System.nanoTime() + wait.toNanos();
        boolean interrupted = Thread.interrupted(); // pause between rounds even when the gate was interrupted
        while (true) {
            List<ProcessHandle> carriers = mark.carriers();
            if (carriers.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            for (ProcessHandle process : carriers) {
                killed.putIfAbsent(process.pid(), describe(process));
                process.destroyForcibly();
            }
            try {
                Thread.sleep(ROUND_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true; // finish the bounded rounds; report the interrupt afterwards
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return killed;
    }

    /** {@code sleep (pid 123)}: a process never shows its arguments, which may hold a secret. */
    static String describe(ProcessHandle process) {
        String program = process.info().command().map(LeftoverProcesses::fileName).orElse("a process");
        return program + " (pid " + process.pid() + ")";
    }

    private static String fileName(String command) {
        int slash = command.lastIndexOf('/');
        return slash < 0 ? command : command.substring(slash + 1);
    }
}
