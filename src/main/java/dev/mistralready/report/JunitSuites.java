package dev.mistralready.report;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps gates to JUnit suites and testcases; {@link JunitXmlReport} only writes what this decides.
 *
 * <ul>
 *   <li>One suite per gate, named by the gate id. Testcase {@code classname} is
 *       {@code mistral-ready.<gate id>}, which Jenkins shows as package {@code mistral-ready}, class
 *       {@code <gate id>}, and GitLab as the suite.</li>
 *   <li>A gate with findings gives one testcase per finding, named {@code <rule id> <file>:<line>}
 *       ({@code #2}, {@code #3} appended on repeats). A gate without findings gives one testcase named
 *       {@code <gate id>: <title>}, or just the id when the title is empty or the same.</li>
 *   <li>Every testcase takes the gate's status. {@code type} is the rule id, or for the gate's own
 *       testcase the lowercase status; {@code message} is the finding message or the outcome summary,
 *       on one line of at most 200 characters.</li>
 *   <li>Time: a gate's findings are not timed separately, so its first testcase carries the whole gate
 *       duration and the others {@code 0.000}; the testcases add up to the suite time.</li>
 * </ul>
 */
final class JunitSuites {

    static final String PACKAGE = "mistral-ready";
    static final String NO_GATES = "no gates selected";

    private JunitSuites() {
    }

    static List<JunitSuite> of(Report report) {
        if (report.gates().isEmpty()) {
            return List.of(noGates(report));
        }
        return report.gates().stream().map(gate -> suite(report, gate)).toList();
    }

    /** Consumers fail on a report without testcases, so an empty run still says why it is empty. */
    private static JunitSuite noGates(Report report) {
        JunitCase placeholder = new JunitCase(PACKAGE, NO_GATES, report.duration(), Status.SKIP, "",
                NO_GATES, "");
        return new JunitSuite(PACKAGE, report.duration(), runProperties(report), List.of(placeholder), "");
    }

    private static JunitSuite suite(Report report, GateResult gate) {
        List<JunitSuite.Property> properties = new ArrayList<>();
        properties.add(new JunitSuite.Property("gate.type", gate.type()));
        properties.add(new JunitSuite.Property("gate.severity", gate.severity().label()));
        properties.addAll(runProperties(report));
        properties.add(new JunitSuite.Property("gate.title", gate.title()));
        return new JunitSuite(gate.id(), gate.duration(), properties, cases(gate), gate.outcome().details());
    }

    private static List<JunitSuite.Property> runProperties(Report report) {
        return List.of(new JunitSuite.Property("checklist", report.checklist()),
                new JunitSuite.Property("tool.version", report.toolVersion()));
    }

    private static List<JunitCase> cases(GateResult gate) {
        String classname = PACKAGE + "." + gate.id();
        List<Finding> findings = gate.outcome().findings();
        if (findings.isEmpty()) {
            return List.of(gateCase(gate, classname));
        }
        UniqueNames names = new UniqueNames();
        List<JunitCase> cases = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            boolean first = cases.isEmpty();
            Location where = finding.location().orElse(gate.declaredAt());
            String name = names.claim(finding.ruleId() + " " + where.file() + ":" + where.line());
            Duration time = first ? gate.duration() : Duration.ZERO;
            cases.add(new JunitCase(classname, name, time, gate.status(), finding.ruleId(),
                    message(finding.message()), findingBody(gate, finding, where, first)));
        }
        return cases;
    }

    private static JunitCase gateCase(GateResult gate, String classname) {
        String title = gate.title().strip();
        String name = title.isEmpty() || title.equals(gate.id()) ? gate.id() : gate.id() + ": " + title;
        String summary = gate.outcome().summary();
        String body = lines(summary,
                "File: " + gate.declaredAt(),
                "Severity: " + gate.severity().label());
        return new JunitCase(classname, name, gate.duration(), gate.status(),
                gate.status().name().toLowerCase(Locale.ROOT), message(summary), body);
    }

    private static String findingBody(GateResult gate, Finding finding, Location where, boolean first) {
        return lines(finding.message(),
                "File: " + where,
                "Severity: " + finding.severity().label(),
                finding.fix().isBlank() ? "" : "Fix: " + finding.fix(),
                first && !gate.outcome().summary().isBlank() ? "Summary: " + gate.outcome().summary() : "");
    }

    private static String message(String text) {
        return OneLine.of(XmlText.clean(text), OneLine.MESSAGE_LIMIT);
    }

    /** The non-blank lines joined with line feeds. */
    private static String lines(String... lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                kept.add(line.strip());
            }
        }
        return String.join("\n", kept);
    }
}
