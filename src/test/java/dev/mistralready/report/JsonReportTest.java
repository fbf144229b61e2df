package dev.mistralready.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void matchesGoldenFileForEveryStatus() throws Exception {
        Golden.assertMatches(Golden.render(new JsonReport(), SampleReports.everyStatus()), "report.json");
    }

    @Test
    void writesFieldsInTheDocumentedOrder() throws Exception {
        JsonNode json = parse(SampleReports.everyStatus());

        assertThat(fieldNames(json)).containsExactly(
                "schema", "tool", "checklist", "phase", "startedAt", "durationMs", "summary", "gates");
        assertThat(fieldNames(json.get("gates").get(1))).containsExactly(
                "id", "type", "title", "severity", "status", "durationMs", "summary", "details", "declaredAt",
                "findings", "baselined");
        assertThat(fieldNames(json.get("gates").get(1).get("findings").get(0))).containsExactly(
                "rule", "severity", "file", "line", "column", "message", "fix", "fingerprint");
    }

    @Test
    void countsGatesByStatusInSummary() throws Exception {
        JsonNode summary = parse(SampleReports.everyStatus()).get("summary");

        assertThat(summary.toString())
                .isEqualTo("{\"passed\":1,\"failed\":1,\"errors\":1,\"warnings\":1,\"skipped\":1}");
    }

    @Test
    void writesStatusAndSeverityInLowercase() throws Exception {
        JsonNode gate = parse(SampleReports.everyStatus()).get("gates").get(2);

        assertThat(gate.get("status").asText()).isEqualTo("warn");
        assertThat(gate.get("severity").asText()).isEqualTo("warning");
    }

    @Test
    void omitsColumnWhenUnknown() throws Exception {
        JsonNode findings = parse(SampleReports.everyStatus()).get("gates").get(1).get("findings");

        assertThat(findings.get(0).get("column").asInt()).isEqualTo(7);
        assertThat(findings.get(1).has("column")).isFalse();
        assertThat(findings.get(1).get("line").asInt()).isEqualTo(3);
    }

    @Test
    void stripsAnsiCodesFromStrings() throws Exception {
        Report report = SampleReports.failingWith(List.of(
                Finding.of("MR-X-001", Severity.ERROR, "\u001B[1;31mbad\u001B[0m é 漢字", "")
                        .at(Location.of("a.ts", 1))));

        String rendered = Golden.render(new JsonReport(), report);

        assertThat(rendered).doesNotContain("\u001B").doesNotContain("\\u001B");
        assertThat(MAPPER.readTree(rendered).get("gates").get(0).get("findings").get(0).get("message").asText())
                .isEqualTo("bad é 漢字");
    }

    @Test
    void anchorsFindingWithoutLocationAtTheGateDeclaration() throws Exception {
        JsonNode finding = parse(SampleReports.failingWith(List.of(
                Finding.of("MR-CMD-001", Severity.ERROR, "exit code 1", "")))).get("gates").get(0)
                .get("findings").get(0);

        assertThat(finding.get("file").asText()).isEqualTo("checklist.yaml");
        assertThat(finding.get("line").asInt()).isEqualTo(7);
        assertThat(finding.get("column").asInt()).isEqualTo(5);
    }

    @Test
    void writesEmptyGateListForEmptyReport() throws Exception {
        JsonNode json = parse(SampleReports.report(List.of()));

        assertThat(json.get("gates").isArray()).isTrue();
        assertThat(json.get("gates")).isEmpty();
    }

    private static JsonNode parse(Report report) throws Exception {
        return MAPPER.readTree(Golden.render(new JsonReport(), report));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
