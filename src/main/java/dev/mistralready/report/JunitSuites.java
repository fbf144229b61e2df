package dev.mistralready.report;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps gates to JUnit suites and testcases; {@link JunitXmlReport} only writes what this decides.
 *
 * <ul>
 *   <li>One suite per gate, named by the gate id ({@link #perGate}); or, for the Ant form, every
 *       testcase in one suite named {@code mistral-ready} ({@link #single}). Testcase {@code classname}
 *       is {@code mistral-ready.<gate id>}, which Jenkins shows as package {@code mistral-ready}, class
 *       {@code <gate id>}, and GitLab as the suite.</li>
 *   <li>A gate with findings gives one testcase per finding, named by {@link FindingNames}: rule and
 *       file, never the line, so moving a finding does not rename its test. A gate without findings
 *       gives one testcase named {@code <gate id>: <title>}, or just the id when the title is empty or
 *       the same.</li>
 *   <li>A testcase fails only where the run fails: in a failed (or errored) gate, its error findings,
 *       and its warnings too under {@code --fail-on warning}; if none qualifies, all its findings fail,
 *       since the check failed the gate on them. Everything else passes, its text in
 *       {@code <system-out>}, so a warning is read as a warning and not as a failure.</li>
 *   <li>The gate's summary and details (a command's output tail) go to its lead testcase, the first
 *       failing one or else the first: into the failure body and into {@code <system-out>}.</li>
 *   <li>{@code type} is the rule id, or for the gate's own testcase the lowercase status;
 *       {@code message} is the finding message or the outcome summary, on one line of at most 200
 *       characters.</li>
 *   <li>Time: a gate's findings are not timed separately, so its first testcase carries the whole gate
 *       duration and the others {@code 0.000}; the testcases add up to the suite time.</li>
 * </ul>
 */
final class JunitSuites {

    static final String PACKAGE = "mistral-ready";
    static final String NO_GATES = "no gates selected";

    private JunitSuites() {
    }

    /** One suite per gate, in report order; one placeholder suite when no gate ran. */
    static List<JunitSuite> perGate(Report report, JunitOptions options) {
        if (report.gates().isEmpty()) {
            return List.of(noGates(report));
        }
        return report.gates().stream().map(gate -> suite(report, gate, options)).toList();
    }

    /**
     * Every gate's testcases in one suite, for readers that take one suite per file (Ant's junitreport).
     * Gate properties are kept as {@code gate.<id>.type} and so on; testcase output, which Ant has no
     * place for in a testcase, is collected in the suite's {@code <system-out>} under each testcase's name.
     */
    static JunitSuite single(Report report, JunitOptions options) {
        if (report.gates().isEmpty()) {
            return noGates(report);
        }
        List<JunitSuite.Property> properties = new ArrayList<>(runProperties(report));
        List<JunitCase> cases = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (GateResult gate : report.gates()) {
            properties.add(new JunitSuite.Property("gate." + gate.id() + ".type", gate.type()));
            properties.add(new JunitSuite.Property("gate." + gate.id() + ".severity", gate.severity().label()));
            properties.add(new JunitSuite.Property("gate." + gate.id() + ".title", gate.title()));
            for (JunitCase testcase : cases(gate, options)) {
                cases.add(testcase);
                if (!testcase.systemOut().isBlank()) {
                    out.add("--- " + testcase.classname() + " " + testcase.name() + "\n" + testcase.systemOut().strip());
                }
            }
        }
        return new JunitSuite(PACKAGE, report.duration(), properties, cases, out.isEmpty() ? "" : String.join("\n", out) + "\n");
    }

    /** Consumers fail on a report without testcases, so an empty run still says why it is empty. */
    private static JunitSuite noGates(Report report) {
        JunitCase placeholder = new JunitCase(PACKAGE, NO_GATES, report.duration(), JunitCase.Result.SKIPPED, "",
                NO_GATES, "", Optional.empty(), "");
        return new JunitSuite(PACKAGE, report.duration(), runProperties(report), List.of(placeholder), "");
    }

    private static JunitSuite suite(Report report, GateResult gate, JunitOptions options) {
        List<JunitSuite.Property> properties = new ArrayList<>();
        properties.add(new JunitSuite.Property("gate.type", gate.type()));
        properties.add(new JunitSuite.Property("gate.severity", gate.severity().label()));
        properties.addAll(runProperties(report));
        properties.add(new JunitSuite.Property("gate.title", gate.title()));
        return new JunitSuite(gate.id(), gate.duration(), properties, cases(gate, options), gate.outcome().details());
    }

    private static List<JunitSuite.Property> runProperties(Report report) {
        return List.of(new JunitSuite.Property("checklist", report.checklist()),
                new JunitSuite.Property("tool.version", report.toolVersion()));
    }

    private static List<JunitCase> cases(GateResult gate, JunitOptions options) {
        String classname = PACKAGE + "." + gate.id();
        List<Finding> findings = gate.outcome().findings();
        if (findings.isEmpty()) {
            return List.of(gateCase(gate, classname, options));
        }
        List<JunitCase.Result> results = results(gate, options);
        int lead = 0;
        for (int i = results.size() - 1; i >= 0; i--) {
            if (results.get(i) == JunitCase.Result.FAILED || results.get(i) == JunitCase.Result.ERROR) {
                lead = i;
            }
        }
        FindingNames names = new FindingNames();
        List<JunitCase> cases = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            Location where = finding.location().orElse(gate.declaredAt());
            JunitCase.Result result = results.get(i);
            boolean isLead = i == lead;
            String text = findingText(finding, where);
            String gateText = isLead ? gateText(gate, finding) : "";
            String body = result == JunitCase.Result.PASSED || result == JunitCase.Result.SKIPPED ? "" : lines(text, gateText);
            String systemOut = lines(result == JunitCase.Result.PASSED ? finding.severity().label() + ": " + text : "",
                    isLead ? gate.outcome().details() : "");
            cases.add(new JunitCase(classname, names.claim(finding, where), i == 0 ? gate.duration() : Duration.ZERO,
                    result, finding.ruleId(), message(finding.message()), body, inProject(where), systemOut));
        }
        return cases;
    }

    /** Per finding: fails when it is what fails the run (see the class comment). */
    private static List<JunitCase.Result> results(GateResult gate, JunitOptions options) {
        List<Finding> findings = gate.outcome().findings();
        JunitCase.Result failed = gate.status() == Status.ERROR ? JunitCase.Result.ERROR : JunitCase.Result.FAILED;
        if (gate.status() == Status.SKIP) {
            return findings.stream().map(finding -> JunitCase.Result.SKIPPED).toList();
        }
        if (!failsTheRun(gate.status(), options)) {
            return findings.stream().map(finding -> JunitCase.Result.PASSED).toList();
        }
        List<JunitCase.Result> results = findings.stream()
                .map(finding -> counts(finding.severity(), options) ? failed : JunitCase.Result.PASSED)
                .toList();
        if (!results.contains(failed)) {
            return findings.stream().map(finding -> failed).toList();
        }
        return results;
    }

    private static boolean failsTheRun(Status status, JunitOptions options) {
        return status == Status.FAIL || status == Status.ERROR || (status == Status.WARN && options.warningsFail());
    }

    private static boolean counts(Severity severity, JunitOptions options) {
        return severity == Severity.ERROR || (severity == Severity.WARNING && options.warningsFail());
    }

    private static JunitCase gateCase(GateResult gate, String classname, JunitOptions options) {
        String title = gate.title().strip();
        String name = title.isEmpty() || title.equals(gate.id()) ? gate.id() : gate.id() + ": " + title;
        String summary = gate.outcome().summary();
        JunitCase.Result result = switch (gate.status()) {
            case PASS -> JunitCase.Result.PASSED;
            case WARN -> options.warningsFail() ? JunitCase.Result.FAILED : JunitCase.Result.PASSED;
            case FAIL -> JunitCase.Result.FAILED;
            case ERROR -> JunitCase.Result.ERROR;
            case SKIP -> JunitCase.Result.SKIPPED;
        };
        String text = lines(summary, "File: " + gate.declaredAt(), "Severity: " + gate.severity().label());
        String details = gate.outcome().details();
        String body = result == JunitCase.Result.FAILED || result == JunitCase.Result.ERROR
                ? lines(text, details.isBlank() ? "" : "Details:\n" + details.strip()) : "";
        String systemOut = result == JunitCase.Result.PASSED && gate.status() == Status.WARN
                ? lines("warning: " + text, details) : details;
        return new JunitCase(classname, name, gate.duration(), result,
                gate.status().name().toLowerCase(Locale.ROOT), message(summary), body, inProject(gate.declaredAt()),
                result == JunitCase.Result.SKIPPED ? "" : systemOut);
    }

    private static String findingText(Finding finding, Location where) {
        return lines(finding.message(),
                "File: " + where,
                "Severity: " + finding.severity().label(),
                finding.fix().isBlank() ? "" : "Fix: " + finding.fix());
    }

    /** What the lead testcase adds: the gate's summary, unless its finding says just that, and details. */
    private static String gateText(GateResult gate, Finding lead) {
        String summary = gate.outcome().summary().equals(lead.message()) ? "" : gate.outcome().summary();
        String details = gate.outcome().details();
        return lines(summary.isBlank() ? "" : "Summary: " + summary,
                details.isBlank() ? "" : "Details:\n" + details.strip());
    }

    /**
     * The location viewers may annotate: only a path inside the checked directory (findings' files are
     * relative to it), not the built-in checklist or one named outside it.
     */
    private static Optional<Location> inProject(Location where) {
        String file = where.file();
        boolean outside = file.isEmpty() || file.startsWith("<") || file.startsWith("/") || file.startsWith("\\")
                || file.matches("^[A-Za-z]:.*") || file.equals("..") || file.startsWith("../")
                || file.contains("/../");
        return outside ? Optional.empty() : Optional.of(where);
    }

    private static String message(String text) {
        return OneLine.of(XmlText.clean(text), OneLine.MESSAGE_LIMIT);
    }

    /** The non-blank parts, each stripped at both ends, joined with line feeds. */
    private static String lines(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (!part.isBlank()) {
                kept.add(part.strip());
            }
        }
        return String.join("\n", kept);
    }
}
