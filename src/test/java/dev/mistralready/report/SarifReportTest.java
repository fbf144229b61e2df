package dev.mistralready.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path ROOT = Path.of("/srv/chat service");

    /** Findings of three gate types, a failed command anchored to its gate's line, and a gate that could not run. */
    private static Report severalGates(Instant startedAt, Duration took) {
        return new Report("0.1.0", "checklist.yaml", startedAt, took, List.of(
                SampleReports.gate("secrets", "secret-scan", "No secrets", Severity.ERROR, 900, 4,
                        Outcome.fail("2 secrets found", List.of(
                                Finding.of("MR-SEC-001", Severity.ERROR, "Mistral API key in source code: sk-a…(32 chars)",
                                                "Move the key to the MISTRAL_API_KEY environment variable.")
                                        .at(new Location("src/a.ts", 12, 7))
                                        .withFingerprint("MR-SEC-001:src/a.ts:5c1f0e7a92b4d863"),
                                Finding.of("MR-SEC-001", Severity.ERROR, "Mistral API key in source code: sk-b…(32 chars)",
                                                "Move the key to the MISTRAL_API_KEY environment variable.")
                                        .at(Location.of("config/my app/réglages.env", 3))
                                        .withFingerprint("MR-SEC-001:config/my app/réglages.env:0a1b2c3d4e5f6a7b")))),
                SampleReports.gate("models", "model-references", "Models exist", Severity.WARNING, 30, 9,
                        Outcome.warn("1 deprecated model", List.of(
                                Finding.of("MR-MOD-002", Severity.WARNING, "mistral-tiny is deprecated",
                                                "Use mistral-small-latest.")
                                        .at(Location.of("src/chat.js", 5))
                                        .withFingerprint("MR-MOD-002:src/chat.js:1122334455667788"),
                                Finding.of("MR-MOD-003", Severity.NOTE, "model name is pinned to a date", "")
                                        .at(new Location("src/chat.js", 9, 14))))),
                SampleReports.gate("tests", "command", "Unit tests pass", Severity.ERROR, 4000, 14,
                        Outcome.fail("npm test exited 1", List.of(
                                Finding.of("MR-CMD-001", Severity.ERROR, "npm test exited 1",
                                                "Make the command succeed.")
                                        .at(new Location("checklist.yaml", 14, 5))))),
                SampleReports.gate("lint", "command", "Lint", Severity.ERROR, 10, 20,
                        Outcome.error("command not found: eslint")),
                SampleReports.gate("k8s", "kubernetes", "k8s", Severity.ERROR, 0, 25, Outcome.skip("no k8s/"))));
    }

    private static Report severalGates() {
        return severalGates(SampleReports.STARTED, Duration.ofMillis(4_940));
    }

    /** What the rule catalogue would give the writer for one of the sample's rules; the others are undeclared. */
    private static final Map<String, Rule> DECLARED = Map.of("MR-SEC-001", Rule.error("MR-SEC-001", "Mistral API key",
            "A Mistral API key in the code can be used by anyone who reads the repository.",
            "Read the key from the MISTRAL_API_KEY environment variable."));

    private static String declared(Report report) throws IOException {
        return Golden.render(new SarifReport(ROOT, true, DECLARED), report);
    }

    private static String sarif(Report report, boolean checklistInProject) throws IOException {
        return Golden.render(new SarifReport(ROOT, checklistInProject), report);
    }

    private static JsonNode run(Report report, boolean checklistInProject) throws IOException {
        return MAPPER.readTree(sarif(report, checklistInProject)).at("/runs/0");
    }

    @Test
    void isValidAgainstTheSarif210Schema() throws Exception {
        assertThat(SarifSchema.violations(sarif(severalGates(), true))).isEmpty();
        assertThat(SarifSchema.violations(sarif(severalGates(), false))).isEmpty();
        assertThat(SarifSchema.violations(declared(severalGates()))).isEmpty();
        assertThat(SarifSchema.violations(sarif(SampleReports.everyStatus(), true))).isEmpty();
        assertThat(SarifSchema.violations(sarif(SampleReports.report(List.of()), true))).isEmpty();
    }

    @Test
    void schemaCheckRejectsWhatCodeScanningWouldReject() {
        // the validator is really applying the schema: a level SARIF does not know is refused
        assertThat(SarifSchema.violations("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
                + "\"results\":[{\"message\":{\"text\":\"m\"},\"level\":\"fatal\"}]}]}")).isNotEmpty();
    }

    @Test
    void matchesGoldenFile() throws Exception {
        Golden.assertMatches(declared(severalGates()), "report.sarif");
    }

    @Test
    void describesTheToolAndTheCheckedDirectory() throws Exception {
        JsonNode document = MAPPER.readTree(sarif(severalGates(), true));
        JsonNode run = document.at("/runs/0");

        assertThat(document.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(document.get("version").asText()).isEqualTo("2.1.0");
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("mistral-ready");
        assertThat(run.at("/tool/driver/version").asText()).isEqualTo("0.1.0");
        assertThat(run.at("/tool/driver").has("informationUri")).isFalse();
        assertThat(run.at("/originalUriBaseIds/SRCROOT/uri").asText()).isEqualTo("file:///srv/chat%20service/");
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void writesOneRulePerDistinctRuleIdInOrderOfFirstUse() throws Exception {
        JsonNode rules = run(severalGates(), true).at("/tool/driver/rules");

        assertThat(texts(rules, "/id")).containsExactly(
                "MR-SEC-001", "MR-MOD-002", "MR-MOD-003", "MR-CMD-001", "MR-GATE-ERROR");
        assertThat(texts(rules, "/defaultConfiguration/level")).containsExactly(
                "error", "warning", "note", "error", "error");
        assertThat(rules.at("/0/shortDescription/text").asText())
                .isEqualTo("secret-scan rule MR-SEC-001: Mistral API key in source code: sk-a…(32 chars)");
        assertThat(rules.at("/0/help/text").asText()).isEqualTo("Move the key to the MISTRAL_API_KEY environment variable.");
        assertThat(rules.at("/0/help/markdown").asText()).isEqualTo("**Fix:** Move the key to the MISTRAL\\_API\\_KEY environment variable.");
        assertThat(rules.at("/0/properties/tags").toString()).isEqualTo("[\"secret-scan\",\"security\"]");
        assertThat(rules.at("/0/properties/security-severity").asText()).isEqualTo("9.0");
        assertThat(rules.at("/1/properties/tags").toString()).isEqualTo("[\"model-references\"]");
        assertThat(rules.at("/1/properties").has("security-severity")).isFalse();
        assertThat(rules.at("/4/properties/tags").toString()).isEqualTo("[\"gate\"]");
    }

    @Test
    void describesADeclaredRuleByTheCataloguesTitleWhyAndFix() throws Exception {
        JsonNode rules = MAPPER.readTree(declared(severalGates())).at("/runs/0/tool/driver/rules");

        assertThat(rules.at("/0/id").asText()).isEqualTo("MR-SEC-001");
        assertThat(rules.at("/0/shortDescription/text").asText()).isEqualTo("Mistral API key");
        assertThat(rules.at("/0/fullDescription/text").asText())
                .isEqualTo("A Mistral API key in the code can be used by anyone who reads the repository.");
        assertThat(rules.at("/0/help/text").asText()).isEqualTo("Read the key from the MISTRAL_API_KEY environment variable.");
        assertThat(rules.at("/0/properties/tags").toString()).isEqualTo("[\"secret-scan\",\"security\"]");
        // an undeclared rule keeps the description derived from its first result
        assertThat(rules.at("/1/id").asText()).isEqualTo("MR-MOD-002");
        assertThat(rules.at("/1/shortDescription/text").asText()).isEqualTo("model-references rule MR-MOD-002: mistral-tiny is deprecated");
    }

    @Test
    void cutsTheTitleMessageAtAHundredCharacters() throws Exception {
        String longMessage = "x".repeat(150);
        JsonNode rules = run(SampleReports.failingWith(List.of(
                Finding.of("MR-SEC-004", Severity.ERROR, longMessage, "Remove it.").at(Location.of("a.py", 1)))), true)
                .at("/tool/driver/rules");

        assertThat(rules.at("/0/shortDescription/text").asText())
                .isEqualTo("secret-scan rule MR-SEC-004: " + "x".repeat(99) + "…");
    }

    @Test
    void writesOneResultPerFindingWithRuleLevelLocationAndFingerprint() throws Exception {
        JsonNode results = run(severalGates(), true).get("results");

        assertThat(texts(results, "/ruleId")).containsExactly(
                "MR-SEC-001", "MR-SEC-001", "MR-MOD-002", "MR-MOD-003", "MR-CMD-001", "MR-GATE-ERROR");
        assertThat(texts(results, "/ruleIndex")).containsExactly("0", "0", "1", "2", "3", "4");
        assertThat(texts(results, "/level")).containsExactly("error", "error", "warning", "note", "error", "error");
        assertThat(texts(results, "/locations/0/physicalLocation/artifactLocation/uri")).containsExactly(
                "src/a.ts", "config/my%20app/r%C3%A9glages.env", "src/chat.js", "src/chat.js",
                "checklist.yaml", "checklist.yaml");
        assertThat(texts(results, "/locations/0/physicalLocation/artifactLocation/uriBaseId")).containsOnly("SRCROOT");
        assertThat(texts(results, "/locations/0/physicalLocation/region/startLine"))
                .containsExactly("12", "3", "5", "9", "14", "20");
        assertThat(texts(results, "/locations/0/physicalLocation/region/startColumn"))
                .containsExactly("7", "", "", "14", "5", "5");
        assertThat(texts(results, "/partialFingerprints/mistralReady~1v1")).containsExactly(
                "MR-SEC-001:src/a.ts:5c1f0e7a92b4d863",
                "MR-SEC-001:config/my app/réglages.env:0a1b2c3d4e5f6a7b",
                "MR-MOD-002:src/chat.js:1122334455667788",
                "MR-MOD-003:models:src/chat.js",
                "MR-CMD-001:tests:checklist.yaml",
                "MR-GATE-ERROR:lint");
        assertThat(results.at("/0/message/text").asText()).isEqualTo(
                "Mistral API key in source code: sk-a…(32 chars) — Fix: Move the key to the MISTRAL_API_KEY environment variable.");
        assertThat(results.at("/3/message/text").asText()).isEqualTo("model name is pinned to a date");
        assertThat(results.at("/5/message/text").asText()).isEqualTo(
                "Gate lint could not run: command not found: eslint — Fix: Fix what stopped the gate from running, "
                        + "then run mistral-ready again.");
    }

    @Test
    void reportsAFailedOrWarnedGateWithoutFindingsOnItsChecklistLine() throws Exception {
        JsonNode results = run(SampleReports.everyStatus(), true).get("results");

        assertThat(texts(results, "/ruleId")).containsExactly("MR-SEC-001", "MR-SEC-002", "MR-GATE-WARN", "MR-GATE-ERROR");
        assertThat(results.at("/2/level").asText()).isEqualTo("warning");
        assertThat(results.at("/2/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("checklist.yaml");
        assertThat(results.at("/2/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(15);
        assertThat(results.at("/2/partialFingerprints/mistralReady~1v1").asText()).isEqualTo("MR-GATE-WARN:timeouts");
    }

    @Test
    void turnsResultsWithNoPlaceInTheRepositoryIntoNotificationsSoCodeScanningAcceptsTheFile() throws Exception {
        Report builtIn = new Report("0.1.0", "<built-in>/checklist.yaml", SampleReports.STARTED, Duration.ZERO, List.of(
                new GateResult("tests", "command", "", Severity.ERROR,
                        Outcome.fail("npm test exited 1", List.of(Finding.of("MR-CMD-001", Severity.ERROR,
                                "npm test exited 1", "Make it pass.").at(new Location("<built-in>/checklist.yaml", 8, 5)))),
                        Duration.ZERO, new Location("<built-in>/checklist.yaml", 8, 5)),
                new GateResult("secrets", "secret-scan", "", Severity.ERROR,
                        Outcome.fail("1 secret", List.of(Finding.of("MR-SEC-001", Severity.ERROR, "key", "Move it.")
                                .at(Location.of("src/a.ts", 2)).withFingerprint("MR-SEC-001:src/a.ts:00"))),
                        Duration.ZERO, new Location("<built-in>/checklist.yaml", 3, 5))));
        String sarif = sarif(builtIn, false);
        JsonNode run = MAPPER.readTree(sarif).at("/runs/0");

        assertThat(SarifSchema.violations(sarif)).isEmpty();
        assertThat(run.get("results")).hasSize(1).allMatch(result -> result.has("locations"));
        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("src/a.ts");
        assertThat(run.at("/results/0/partialFingerprints/primaryLocationLineHash").asText())
                .isEqualTo("MR-SEC-001:src/a.ts:00");
        JsonNode notification = run.at("/invocations/0/toolExecutionNotifications/0");
        assertThat(notification.at("/associatedRule/id").asText()).isEqualTo("MR-CMD-001");
        assertThat(notification.get("level").asText()).isEqualTo("error");
        assertThat(notification.at("/message/text").asText()).isEqualTo("npm test exited 1 — Fix: Make it pass.");
        assertThat(run.at("/tool/driver/rules").findValuesAsText("id")).containsExactly("MR-SEC-001");
    }

    @Test
    void givesTheSameBytesForTwoRunsThatDifferOnlyInTime() throws Exception {
        String first = sarif(severalGates(SampleReports.STARTED, Duration.ofMillis(4_940)), true);
        String second = sarif(severalGates(SampleReports.STARTED.plusSeconds(3600), Duration.ofMillis(12)), true);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void percentEncodesPathsIntoRelativeUriReferences() {
        assertThat(SarifUri.relative("src/my app/ü.ts")).isEqualTo("src/my%20app/%C3%BC.ts");
        assertThat(SarifUri.relative("a#b?c%d.txt")).isEqualTo("a%23b%3Fc%25d.txt");
        assertThat(SarifUri.relative("c:/x.txt")).isEqualTo("c%3A/x.txt");
        assertThat(SarifUri.relative("src/A-b_c.~1/x.js")).isEqualTo("src/A-b_c.~1/x.js");
    }

    @Test
    void stripsColourCodesFromMessages() throws Exception {
        JsonNode results = run(SampleReports.failingWith(List.of(
                Finding.of("MR-SEC-004", Severity.ERROR, "\u001B[31mred\u001B[0m", "").at(Location.of("a.py", 1)))), true)
                .get("results");

        assertThat(results.at("/0/message/text").asText()).isEqualTo("red");
    }

    /** The text at {@code pointer} in each element, or "" where it is missing. */
    private static List<String> texts(JsonNode array, String pointer) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.at(pointer).asText()));
        return texts;
    }
}
