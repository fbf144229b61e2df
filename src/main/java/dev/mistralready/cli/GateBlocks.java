package dev.mistralready.cli;

import dev.mistralready.engine.PlannedGate;
import dev.mistralready.engine.RunListener;
import dev.mistralready.report.ConsoleReport;
import dev.mistralready.report.GateResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Prints each gate's block of the console report as soon as that gate and every gate above it in the
 * checklist have finished, so a long run shows its results as they come, still in checklist order.
 * Hears the engine's worker threads; passes what it hears on to {@code next} (the progress line).
 */
final class GateBlocks implements RunListener {

    private final List<String> order;
    private final ConsoleReport report;
    private final ConsoleReport.Layout layout;
    private final PrintWriter out;
    private final UnaryOperator<GateResult> scrub;
    private final RunListener next;
    private final Consumer<Runnable> printer;
    private final Map<String, GateResult> finished = new HashMap<>();
    private int printed;

    /**
     * @param scrub   what is done to a result before it is printed (masking the keys on GitHub)
     * @param printer runs a print, e.g. with the progress line cleared around it
     */
    GateBlocks(List<PlannedGate> gates, ConsoleReport report, ConsoleReport.Layout layout, PrintWriter out,
               UnaryOperator<GateResult> scrub, RunListener next, Consumer<Runnable> printer) {
        this.order = gates.stream().map(PlannedGate::id).toList();
        this.report = report;
        this.layout = layout;
        this.out = out;
        this.scrub = scrub;
        this.next = next;
        this.printer = printer;
    }

    @Override
    public void gateStarted(PlannedGate gate) {
        next.gateStarted(gate);
    }

    @Override
    public void gateProgress(PlannedGate gate, String message) {
        next.gateProgress(gate, message);
    }

    @Override
    public void gateFinished(PlannedGate gate, GateResult result) {
        next.gateFinished(gate, result);
        finished(result);
    }

    /** Prints whichever of {@code results} are not printed yet: the engine always reports each, this is a guard. */
    void finish(List<GateResult> results) {
        results.forEach(this::finished);
    }

    private synchronized void finished(GateResult result) {
        finished.putIfAbsent(result.id(), result);
        while (printed < order.size() && finished.containsKey(order.get(printed))) {
            GateResult ready = scrub.apply(finished.get(order.get(printed)));
            printer.accept(() -> print(ready));
            printed++;
        }
    }

    private void print(GateResult result) {
        try {
            report.writeGate(result, layout, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print to stdout", e);
        }
    }
}
