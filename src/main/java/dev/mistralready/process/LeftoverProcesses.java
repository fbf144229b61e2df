package dev.mistralready.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
     * @return the processes killed, as {@code sleep (pid 123)}, in the order found; a process never
     *         shows its arguments, which may hold a secret
     */
    static List<String> kill(ProcessMark mark, Duration wait) {
        Set<Long> killed = new LinkedHashSet<>();
        List<String> described = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        boolean interrupted = Thread.interrupted(); // pause between rounds even when the gate was interrupted
        while (true) {
            List<ProcessHandle> carriers = mark.carriers();
            if (carriers.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            for (ProcessHandle process : carriers) {
                if (killed.add(process.pid())) {
                    described.add(describe(process));
                }
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
        return described;
    }

    private static String describe(ProcessHandle process) {
        String program = process.info().command().map(LeftoverProcesses::fileName).orElse("a process");
        return program + " (pid " + process.pid() + ")";
    }

    private static String fileName(String command) {
        int slash = command.lastIndexOf('/');
        return slash < 0 ? command : command.substring(slash + 1);
    }
}
