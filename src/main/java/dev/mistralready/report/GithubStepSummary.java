package dev.mistralready.report;

import dev.mistralready.check.DurationText;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Status;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report as a GitHub job summary in GitHub-flavoured Markdown: a heading with the verdict, the
 * totals, a table of every gate, and for each gate that failed, could not run or warned a table of its
 * findings, at most {@value #FINDINGS_PER_GATE} of them. GitHub refuses a step summary over 1 MiB, so
 * the text stops, with a line saying so, before it would pass the byte budget it is given.
 */
public final class GithubStepSummary implements ReportWriter {

    /** What GitHub accepts per step, counting what earlier commands of the step wrote. */
    public static final long STEP_LIMIT_BYTES = 1024 * 1024;
    static final int FINDINGS_PER_GATE = 50;
    /** Room kept for the line that says the summary was cut. */
    private static final int CLOSING_RESERVE = 512;

    private final Function<String, Optional<String>> repositoryPath;
    private final long budgetBytes;

    /**
     * @param repositoryPath as for {@link GithubAnnotations}: locations are shown as paths in the repository
     * @param budgetBytes    the most this summary may add to the file, in UTF-8 bytes
     */
    public GithubStepSummary(Function<String, Optional<String>> repositoryPath, long budgetBytes) {
        this.repositoryPath = repositoryPath;
        this.budgetBytes = budgetBytes;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Text text = new Text(budgetBytes - CLOSING_RESERVE);
        boolean complete = text.add("## " + verdict(report))
                && text.add("")
                && text.add("**" + totals(report) + "** in " + DurationText.format(report.duration())
                        + " · checklist " + MarkdownCell.of(report.checklist())
                        + " · mistral-ready " + MarkdownCell.of(report.toolVersion()))
                && text.add("")
                && gateTable(report, text)
                && findingTables(report, text);
        if (!complete && text.isEmpty()) {
            return; // not even the heading fits: add nothing rather than half a heading
        }
        if (!complete) {
            text.force("");
            text.force("_The summary stops here: GitHub accepts at most 1 MiB of summary per step. "
                    + "The report in the log has every gate and finding._");
        }
        text.force("");
        out.write(text.toString());
        out.flush();
    }

    private static boolean gateTable(Report report, Text text) {
        if (!(text.add("| Status | Gate | Title | Summary | Duration |") && text.add("|---|---|---|---|---:|"))) {
            return false;
        }
        for (GateResult gate : report.gates()) {
            String title = gate.title().equals(gate.id()) ? "" : gate.title();
            if (!text.add("| " + status(gate.status()) + " | " + MarkdownCell.of(gate.id()) + " | "
                    + MarkdownCell.of(title) + " | " + MarkdownCell.of(gate.outcome().summary()) + " | "
                    + DurationText.format(gate.duration()) + " |")) {
                return false;
            }
        }
        return true;
    }

    private boolean findingTables(Report report, Text text) {
        for (GateResult gate : report.gates()) {
            List<Finding> findings = gate.outcome().findings();
            boolean needsAttention = gate.status() == Status.FAIL || gate.status() == Status.ERROR
                    || gate.status() == Status.WARN;
            if (!needsAttention || findings.isEmpty()) {
                continue;
            }
            String title = gate.title().equals(gate.id()) ? "" : ": " + gate.title();
            if (!(text.add("")
                    && text.add("### " + status(gate.status()) + " " + MarkdownCell.of(gate.id() + title))
                    && text.add("")
                    && text.add("| Rule | Severity | Location | Message | Fix |")
                    && text.add("|---|---|---|---|---|"))) {
                return false;
            }
            for (Finding finding : findings.subList(0, Math.min(FINDINGS_PER_GATE, findings.size()))) {
                Location at = finding.location().orElse(gate.declaredAt());
                String location = repositoryPath.apply(at.file())
                        .map(file -> new Location(file, at.line(), at.column())).orElse(at).toString();
                if (!text.add("| " + MarkdownCell.of(finding.ruleId()) + " | " + finding.severity().label() + " | "
                        + MarkdownCell.of(location) + " | " + MarkdownCell.of(finding.message()) + " | "
                        + MarkdownCell.of(finding.fix()) + " |")) {
                    return false;
                }
            }
            int more = findings.size() - FINDINGS_PER_GATE;
            if (more > 0 && !(text.add("")
                    && text.add("_" + more + " more " + (more == 1 ? "finding" : "findings")
                    + " of this gate not shown; the report in the log lists them all._"))) {
                return false;
            }
        }
        return true;
    }

    private static String verdict(Report report) {
        long failed = report.count(Status.FAIL) + report.count(Status.ERROR);
        if (failed > 0) {
            return "❌ mistral-ready: " + failed + (failed == 1 ? " gate" : " gates") + " not passed";
        }
        return report.count(Status.WARN) > 0 ? "⚠️ mistral-ready: passed with warnings" : "✅ mistral-ready: passed";
    }

    private static String totals(Report report) {
        long errors = report.count(Status.ERROR);
        long warnings = report.count(Status.WARN);
        return report.count(Status.PASS) + " passed, " + report.count(Status.FAIL) + " failed, "
                + (errors > 0 ? errors + (errors == 1 ? " error, " : " errors, ") : "")
                + warnings + (warnings == 1 ? " warning, " : " warnings, ")
                + report.count(Status.SKIP) + " skipped";
    }

    private static String status(Status status) {
        String emoji = switch (status) {
            case PASS -> "✅";
            case WARN -> "⚠️";
            case FAIL -> "❌";
            case SKIP -> "⏭️";
            case ERROR -> "💥";
        };
        return emoji + " " + status.name().toLowerCase(Locale.ROOT);
    }

    /** Lines of Markdown that refuse to grow past a byte budget. */
    private static final class Text {
        private final StringBuilder text = new StringBuilder();
        private final long budget;
        private long bytes;

        Text(long budget) {
            this.budget = budget;
        }

        /** Adds {@code line} if it fits; false, and nothing added, if not. */
        boolean add(String line) {
            long size = line.getBytes(StandardCharsets.UTF_8).length + 1L;
            if (bytes + size > budget) {
                return false;
            }
            force(line);
            return true;
        }

        /** Adds {@code line} into the reserve. */
        void force(String line) {
            text.append(line).append('\n');
            bytes += line.getBytes(StandardCharsets.UTF_8).length + 1L;
        }

        boolean isEmpty() {
            return text.length() == 0;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
