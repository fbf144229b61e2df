package dev.mistralready.cli;

import dev.mistralready.engine.PlannedGate;
import dev.mistralready.engine.RunListener;
import dev.mistralready.report.GateResult;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One self-rewriting line on stderr naming the gates still running, for a person at a terminal.
 * Cleared before each gate's block is printed and drawn again under it, so it never mixes with stdout.
 */
final class ProgressLine implements RunListener, AutoCloseable {

    private static final String CLEAR_LINE = "\r\u001B[2K";
    private static final long REFRESH_MILLIS = 200;

    private final PrintWriter err;
    private final int total;
    private final Map<String, String> running = new ConcurrentHashMap<>();
    private final AtomicInteger finished = new AtomicInteger();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "mistral-ready-progress");
        thread.setDaemon(true);
        return thread;
    });
    private final long startedAt = System.nanoTime();

    ProgressLine(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        ticker.scheduleAtFixedRate(this::render, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void gateStarted(PlannedGate gate) {
        running.put(gate.id(), "");
    }

    @Override
    public void gateProgress(PlannedGate gate, String message) {
        running.computeIfPresent(gate.id(), (id, previous) -> message);
    }

    @Override
    public void gateFinished(PlannedGate gate, GateResult result) {
        running.remove(gate.id());
        finished.incrementAndGet();
    }

    /** Clears the line, lets {@code print} write to stdout, and draws the line again under it. */
    synchronized void above(Runnable print) {
        err.print(CLEAR_LINE);
        err.flush();
        print.run();
        render();
    }

    private synchronized void render() {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt);
        StringBuilder line = new StringBuilder(CLEAR_LINE)
                .append(finished.get()).append('/').append(total).append(" done · ").append(seconds).append("s · ");
        running.forEach((id, message) -> line.append(id).append(message.isEmpty() ? "" : " (" + message + ")").append("  "));
        String text = line.toString();
        err.print(text.length() > 160 ? text.substring(0, 159) + "…" : text);
        err.flush();
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        err.print(CLEAR_LINE);
        err.flush();
    }
}
