package dev.mistralready.report;

import dev.mistralready.check.DurationText;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The human report on stdout: one line per gate (status, id, title, duration), findings with
 * {@code file:line} and their fix under it, then {@code N passed, N failed, N warnings, N skipped}.
 */
public final class ConsoleReport implements ReportWriter {

    /** How much to show: quiet shows only gates that need attention. */
    public enum Verbosity { QUIET, NORMAL, VERBOSE }

    private static final String INDENT = "       ";
    private static final int TITLE_WIDTH = 44;

    private final Palette palette;
    private final Verbosity verbosity;

    public ConsoleReport(Palette palette, Verbosity verbosity) {
        this.palette = palette;
        this.verbosity = verbosity;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        if (verbosity != Verbosity.QUIET) {
            lines.add(palette.dim("mistral-ready " + report.toolVersion() + " · " + report.checklist()
                    + " · " + report.gates().size() + (report.gates().size() == 1 ? " gate" : " gates")));
            lines.add("");
        }
        int idWidth = report.gates().stream().mapToInt(gate -> gate.id().length()).max().orElse(0);
        for (GateResult gate : report.gates()) {
            if (verbosity == Verbosity.QUIET && (gate.status() == Status.PASS || gate.status() == Status.SKIP)) {
                continue;
            }
            lines.add(gateLine(gate, idWidth));
            lines.addAll(body(gate));
        }
        if (!report.gates().isEmpty() && verbosity != Verbosity.QUIET) {
            lines.add("");
        }
        lines.add(closingLine(report));
        for (String line : lines) {
            out.write(line);
            out.write(System.lineSeparator());
        }
        out.flush();
    }

    private String gateLine(GateResult gate, int idWidth) {
        String mark = palette.status(gate.status(), String.format(Locale.ROOT, "%-5s", gate.status().name()));
        String title = gate.title().equals(gate.id()) ? "" : clip(gate.title(), TITLE_WIDTH);
        return String.format(Locale.ROOT, "%s  %s  %s  %s", mark, pad(gate.id(), idWidth), pad(title, TITLE_WIDTH),
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
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
