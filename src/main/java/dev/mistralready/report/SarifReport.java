package dev.mistralready.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.mistralready.check.Location;
import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report as SARIF 2.1.0, as GitHub code scanning reads it: one run, one rule per rule id, one result
 * per finding (and per gate that could not run, failed or warned without a finding), each located
 * relative to {@code SRCROOT}, with a fingerprint that survives edits. Code scanning ignores
 * {@code originalUriBaseIds} and rejects the whole file when one result has no location, so the URIs are
 * the paths GitHub knows (relative to the repository, which {@link Placement} decides) and a result
 * that has no place in it is a {@code toolExecutionNotification} instead. No time stamps, so two runs
 * over the same project give the same bytes.
 */
public final class SarifReport implements ReportWriter {

    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "SRCROOT";
    /** The {@code partialFingerprints} key: the finding's own fingerprint, versioned in case its form changes. */
    static final String FINGERPRINT_KEY = "mistralReady/v1";
    /** The only key code scanning reads; without it the upload action hashes the line, which moves. */
    static final String GITHUB_FINGERPRINT_KEY = "primaryLocationLineHash";

    /** Where a result is, relative to SRCROOT: the report's location, another, or none. */
    @FunctionalInterface
    public interface Placement {
        /**
         * @param reported    a location as the report gives it: relative to the project, or the checklist's
         * @param onChecklist whether it is a line of the checklist (a finding without a file, or a gate)
         */
        Optional<Location> place(Location reported, boolean onChecklist);
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final String srcRoot;
    private final Placement placement;
    private final Map<String, Rule> declaredRules;

    /**
     * @param srcRoot       the directory result URIs are relative to: the repository's root
     * @param placement     where each location of the report is relative to it
     * @param declaredRules the rule catalogue's rules by id, to describe the rules the report uses; a rule
     *                      not in it is described from its first result
     */
    public SarifReport(Path srcRoot, Placement placement, Map<String, Rule> declaredRules) {
        String uri = srcRoot.toAbsolutePath().normalize().toUri().toASCIIString();
        this.srcRoot = uri.endsWith("/") ? uri : uri + "/";
        this.placement = placement;
        this.declaredRules = Map.copyOf(declaredRules);
    }

    /**
     * URIs relative to the checked directory as the report gives them; results on the checklist's lines
     * have no place unless the checklist is a file inside it.
     */
    public SarifReport(Path projectRoot, boolean checklistInProject, Map<String, Rule> declaredRules) {
        this(projectRoot, (at, onChecklist) -> onChecklist && !checklistInProject ? Optional.empty() : Optional.of(at),
                declaredRules);
    }

    /** Without a catalogue: every check's rule is described from its first result. */
    public SarifReport(Path projectRoot, boolean checklistInProject) {
        this(projectRoot, checklistInProject, Map.of());
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<SarifResult> located = new ArrayList<>();
        List<SarifResult> unplaced = new ArrayList<>();
        for (GateResult gate : report.gates()) {
            for (SarifResult result : SarifResult.of(gate, at -> placement.place(at, at.equals(gate.declaredAt())
                    || at.file().equals(gate.declaredAt().file())))) {
                (result.location().isPresent() ? located : unplaced).add(result);
            }
        }
        List<SarifResult> results = List.copyOf(located);
        List<SarifRule> rules = SarifRule.of(located, declaredRules);
        List<String> ruleIds = rules.stream().map(SarifRule::id).toList();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(JsonReport.prettyPrinter());
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA_URI);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, report, rules);
            json.writeArrayFieldStart("invocations");
            json.writeStartObject();
            // a check that crashed is a gate that could not run, reported as a result; a report is
            // written at all only when mistral-ready itself did not fail
            json.writeBooleanField("executionSuccessful", true);
            writeNotifications(json, unplaced);
            json.writeEndObject();
            json.writeEndArray();
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SRCROOT);
            json.writeStringField("uri", srcRoot);
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (SarifResult result : results) {
                writeResult(json, result, ruleIds.indexOf(result.ruleId()));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
    }

    /** Results with no place in the repository, which code scanning would refuse the file for. */
    private static void writeNotifications(JsonGenerator json, List<SarifResult> unplaced) throws IOException {
        if (unplaced.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (SarifResult result : unplaced) {
            json.writeStartObject();
            json.writeStringField("level", level(result.level()));
            message(json, "message", result.text());
            json.writeObjectFieldStart("associatedRule");
            json.writeStringField("id", result.ruleId());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeTool(JsonGenerator json, Report report, List<SarifRule> rules) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", JsonReport.TOOL);
        json.writeStringField("version", AnsiEscapes.strip(report.toolVersion()));
        // no informationUri: the project has no public URL yet (none in pom.xml or README)
        json.writeArrayFieldStart("rules");
        for (SarifRule rule : rules) {
            writeRule(json, rule);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeRule(JsonGenerator json, SarifRule rule) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        message(json, "shortDescription", rule.shortDescription());
        message(json, "fullDescription", rule.fullDescription());
        json.writeObjectFieldStart("help");
        json.writeStringField("text", rule.help());
        json.writeStringField("markdown", rule.helpMarkdown());
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.level()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        for (String tag : rule.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        if (rule.security()) {
            json.writeStringField("security-severity", rule.securitySeverity());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeResult(JsonGenerator json, SarifResult result, int ruleIndex) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", result.ruleId());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(result.level()));
        message(json, "message", result.text());
        if (result.location().isPresent()) {
            Location at = result.location().get();
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            json.writeObjectFieldStart("artifactLocation");
            json.writeStringField("uri", SarifUri.relative(at.file()));
            json.writeStringField("uriBaseId", SRCROOT);
            json.writeEndObject();
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", at.line());
            if (at.column() > 0) {
                json.writeNumberField("startColumn", at.column());
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT_KEY, result.fingerprint());
        json.writeStringField(GITHUB_FINGERPRINT_KEY, result.fingerprint());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void message(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }
}
