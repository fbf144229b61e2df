package dev.mistralready.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Status;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The report as a JSON document for scripts and dashboards, format {@value #SCHEMA}, described in
 * docs/json-report.md. Fields are written in a fixed order; within {@code @1} fields are only ever
 * added. ANSI escape sequences are stripped from every string.
 */
public final class JsonReport implements ReportWriter {

    public static final String SCHEMA = "mistral-ready/report@1";
    static final String TOOL = "mistral-ready";

    /** The caller owns {@code out}: closing the generator flushes it but leaves it open. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeObjectFieldStart("tool");
            text(json, "name", TOOL);
            text(json, "version", report.toolVersion());
            json.writeEndObject();
            text(json, "checklist", report.checklist());
            text(json, "phase", report.phase());
            json.writeStringField("startedAt",
                    DateTimeFormatter.ISO_INSTANT.format(report.startedAt().truncatedTo(ChronoUnit.MILLIS)));
            json.writeNumberField("durationMs", report.duration().toMillis());
            writeSummary(json, report);
            json.writeArrayFieldStart("gates");
            for (GateResult gate : report.gates()) {
                writeGate(json, gate);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
    }

    private static void writeSummary(JsonGenerator json, Report report) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("passed", report.count(Status.PASS));
        json.writeNumberField("failed", report.count(Status.FAIL));
        json.writeNumberField("errors", report.count(Status.ERROR));
        json.writeNumberField("warnings", report.count(Status.WARN));
        json.writeNumberField("skipped", report.count(Status.SKIP));
        json.writeEndObject();
    }

    private static void writeGate(JsonGenerator json, GateResult gate) throws IOException {
        json.writeStartObject();
        text(json, "id", gate.id());
        text(json, "type", gate.type());
        text(json, "title", gate.title());
        json.writeStringField("severity", gate.severity().label());
        json.writeStringField("status", gate.status().name().toLowerCase(Locale.ROOT));
        json.writeNumberField("durationMs", gate.duration().toMillis());
        text(json, "summary", gate.outcome().summary());
        text(json, "details", gate.outcome().details());
        json.writeObjectFieldStart("declaredAt");
        writeLocation(json, gate.declaredAt());
        json.writeEndObject();
        json.writeArrayFieldStart("findings");
        for (Finding finding : gate.outcome().findings()) {
            json.writeStartObject();
            text(json, "rule", finding.ruleId());
            json.writeStringField("severity", finding.severity().label());
            writeLocation(json, finding.location().orElse(gate.declaredAt()));
            text(json, "message", finding.message());
            text(json, "fix", finding.fix());
            if (finding.fingerprint().isPresent()) {
                text(json, "fingerprint", finding.fingerprint().get());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("baselined", gate.outcome().baselined().size());
        json.writeEndObject();
    }

    /** {@code file}, {@code line} and, when known, {@code column}. */
    private static void writeLocation(JsonGenerator json, Location location) throws IOException {
        text(json, "file", location.file());
        json.writeNumberField("line", location.line());
        if (location.column() > 0) {
            json.writeNumberField("column", location.column());
        }
    }

    private static void text(JsonGenerator json, String field, String value) throws IOException {
        json.writeStringField(field, AnsiEscapes.strip(value));
    }

    /** Two-space indent, {@code "key": value}, {@code \n} line ends on every platform, {@code []} when empty. */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
