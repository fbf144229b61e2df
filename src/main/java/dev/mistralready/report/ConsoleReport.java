package dev.mistralready.report;

import dev.mistralready.check.DurationText;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The human report on stdout: one line per gate (status, id, title, duration), findings with
 * {@code file:line} and their fix under it, then {@code N passed, N failed, N warnings, N skipped}.
 */
public final class ConsoleReport implements ReportWriter {

    /** How much to show: quiet shows only gates that need attention. */
    public enum Verbosity { QUIET, NORMAL, VERBOSE }

    private static final String INDENT = "       ";
    /** The width of a report read in a CI log or a file, or on a terminal that does not say. */
    public static final int DEFAULT_COLUMNS = 80;
    /** Status, the gaps between the columns, and the duration: what a gate line holds beside its id and title. */
    private static final int FIXED_WIDTH = 5 + 2 + 2 + 2 + 6;
    /** Below this a title says too little; on a narrower terminal the line wraps instead. */
    private static final int MIN_TITLE_WIDTH = 20;

    private final Palette palette;
    private final Verbosity verbosity;
    private final int columns;

    public ConsoleReport(Palette palette, Verbosity verbosity) {
        this(palette, verbosity, DEFAULT_COLUMNS);
    }

    /** @param columns the terminal's width: titles are cut only where a gate line would not fit */
    public ConsoleReport(Palette palette, Verbosity verbosity, int columns) {
        this.palette = palette;
        this.verbosity = verbosity;
        this.columns = columns;
    }

    /**
     * The widths of the id and title columns, from every gate the run will report, so that gates printed
     * one by one as they finish line up as a whole report does.
     */
    public record Layout(int idWidth, int titleWidth) {
    }

    /** @param gates each gate's id and its title as {@link GateResult#title()} gives it */
    public Layout layout(Map<String, String> gates) {
        int idWidth = gates.keySet().stream().mapToInt(String::length).max().orElse(0);
        int longestTitle = gates.entrySet().stream()
                .mapToInt(gate -> gate.getValue().equals(gate.getKey()) ? 0 : gate.getValue().length()).max().orElse(0);
        int available = Math.max(MIN_TITLE_WIDTH, columns - FIXED_WIDTH - idWidth);
        return new Layout(idWidth, Math.min(longestTitle, available));
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, String> titles = new LinkedHashMap<>();
        report.gates().forEach(gate -> titles.put(gate.id(), gate.title()));
        Layout layout = layout(titles);
        writeHeader(report.toolVersion(), report.checklist(), report.phase(), report.gates().size(), out);
        for (GateResult gate : report.gates()) {
            writeGate(gate, layout, out);
        }
        writeTotals(report, out);
    }

    /** The first lines: tool, checklist, the phase unless the default, how many gates (none when quiet). */
    public void writeHeader(String toolVersion, String checklist, String phase, int gates, Writer out) throws IOException {
        writeHeader(toolVersion, checklist, phase, gates, List.of(), out);
    }

    /** As above, then a line for each note on what the run covers ({@code --staged: …}). */
    public void writeHeader(String toolVersion, String checklist, String phase, int gates, List<String> notes, Writer out)
            throws IOException {
        if (verbosity != Verbosity.QUIET) {
            List<String> lines = new ArrayList<>();
            lines.add(palette.dim("mistral-ready " + toolVersion + " · " + checklist
                    + (phase.equals(Report.DEFAULT_PHASE) ? "" : " · phase " + phase)
                    + " · " + gates + (gates == 1 ? " gate" : " gates")));
            notes.forEach(note -> lines.add(palette.dim(note)));
            lines.add("");
            print(lines, out);
        }
    }

    /** One gate's block: its line, then what needs saying (nothing for a passed or skipped gate when quiet). */
    public void writeGate(GateResult gate, Layout layout, Writer out) throws IOException {
        if (verbosity == Verbosity.QUIET && (gate.status() == Status.PASS || gate.status() == Status.SKIP)) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(gateLine(gate, layout));
        lines.addAll(body(gate));
        print(lines, out);
    }

    /** The closing line, {@code N passed, N failed, …}, after a blank line. */
    public void writeTotals(Report report, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!report.gates().isEmpty() && verbosity != Verbosity.QUIET) {
            lines.add("");
        }
        lines.add(closingLine(report));
        print(lines, out);
    }

    private static void print(List<String> lines, Writer out) throws IOException {
        for (String line : lines) {
            out.write(line);
            out.write(System.lineSeparator());
        }
        out.flush();
    }

    private String gateLine(GateResult gate, Layout layout) {
        String mark = palette.status(gate.status(), String.format(Locale.ROOT, "%-5s", gate.status().name()));
        String title = gate.title().equals(gate.id()) ? "" : clip(gate.title(), layout.titleWidth());
        return String.format(Locale.ROOT, "%s  %s  %s  %s", mark, pad(gate.id(), layout.idWidth()),
                pad(title, layout.titleWidth()),
                palette.dim(String.format(Locale.ROOT, "%6s", DurationText.format(gate.duration())))).stripTrailing();
    }

    private List<String> body(GateResult gate) {
        List<String> lines = new ArrayList<>();
        boolean passed = gate.status() == Status.PASS;
        String summary = gate.outcome().summary();
        boolean findingSaysIt = gate.outcome().findings().stream().anyMatch(finding -> finding.message().equals(summary));
        if ((!passed || verbosity == Verbosity.VERBOSE) && !findingSaysIt) {
            lines.add(INDENT + clean(summary));
        }
        for (Finding finding : gate.outcome().findings()) {
            lines.add(INDENT + palette.status(gate.status(), finding.severity().label()) + " "
                    + finding.ruleId() + " " + finding.location().map(Object::toString).orElse("") + "  "
                    + clean(finding.message()));
            if (!finding.fix().isBlank()) {
                lines.add(INDENT + "  " + palette.dim("fix: ") + clean(finding.fix()));
            }
        }
        String details = gate.outcome().details();
        if (!details.isBlank() && (!passed || verbosity == Verbosity.VERBOSE)) {
            for (String line : clean(details).stripTrailing().split("\\R", -1)) {
                lines.add(INDENT + palette.dim("│ ") + line);
            }
        }
        return lines;
    }

    private String closingLine(Report report) {
        long errors = report.count(Status.ERROR);
        String line = report.count(Status.PASS) + " passed, " + report.count(Status.FAIL) + " failed, "
                + (errors > 0 ? errors + (errors == 1 ? " error, " : " errors, ") : "")
                + report.count(Status.WARN) + (report.count(Status.WARN) == 1 ? " warning, " : " warnings, ")
                + report.count(Status.SKIP) + " skipped";
        if (report.nothingChecked()) {
            line += ": nothing was checked";
        }
        Status verdict = report.passed(false)
                ? (report.count(Status.WARN) > 0 || report.nothingChecked() ? Status.WARN : Status.PASS) : Status.FAIL;
        return palette.status(verdict, line) + palette.dim(" (" + DurationText.format(report.duration()) + ")");
    }

    /** Tool output may carry colour codes of its own; they would garble our layout. */
    private static String clean(String text) {
        return AnsiEscapes.strip(text);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "…";
    }
}
