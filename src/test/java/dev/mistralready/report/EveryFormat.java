package dev.mistralready.report;

import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One gate's outcome rendered by every report writer, for tests that look at what a user would see. */
public final class EveryFormat {

    private EveryFormat() {
    }

    /** Format name ({@code console}, {@code junit}, {@code json}) to the whole report text. */
    public static Map<String, String> render(String type, Outcome outcome) throws IOException {
        Report report = new Report("0.1.0", "checklist.yaml", Instant.parse("2026-08-22T10:15:30Z"), Duration.ofSeconds(1),
                List.of(new GateResult("gate", type, "", Severity.ERROR, outcome, Duration.ofMillis(100),
                        new Location("checklist.yaml", 3, 5))));
        Map<String, String> rendered = new LinkedHashMap<>();
        rendered.put("console", written(new ConsoleReport(Palette.PLAIN, ConsoleReport.Verbosity.VERBOSE), report));
        rendered.put("junit", written(new JunitXmlReport("ci-runner"), report));
        rendered.put("json", written(new JsonReport(), report));
        return rendered;
    }

    private static String written(ReportWriter writer, Report report) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(report, out);
        return out.toString();
    }
}
