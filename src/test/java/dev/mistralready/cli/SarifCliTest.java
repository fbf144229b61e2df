package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.report.SarifSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code check DIR --sarif FILE}: a SARIF 2.1.0 file that code scanning can place on the project's files. */
@DisabledOnOs(OS.WINDOWS)
class SarifCliTest {

    @TempDir
    Path work;

    private Path project(String key) throws Exception {
        Path project = Files.createDirectories(work.resolve("chat service"));
        Files.writeString(project.resolve("checklist.yaml"), String.join("\n",
                "version: 1",
                "gates:",
                "  - id: secrets",
                "    type: secret-scan",
                "  - id: tests",
                "    type: command",
                "    with:",
                "      run: exit 3",
                "  - id: lint",
                "    type: command",
                "    with:",
                "      run: echo never",
                "      cwd: no-such-dir",
                ""));
        Files.createDirectories(project.resolve("src/my app"));
        Files.writeString(project.resolve("src/my app/réglages.py"), "\nMISTRAL_API_KEY = \"" + key + "\"\n");
        return project;
    }

    @Test
    void writesSchemaValidSarifLocatedInTheCheckedDirectory() throws Exception {
        String key = new Keys(14).mistral();
        Path project = project(key);

        CliRun run = CliRun.in(work, "check", "chat service", "--sarif", "out/report.sarif");

        assertThat(run.exitCode()).isEqualTo(1);
        String sarif = Files.readString(work.resolve("out/report.sarif"));
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        assertThat(sarif).doesNotContain(key);
        JsonNode runNode = new ObjectMapper().readTree(sarif).at("/runs/0");
        assertThat(runNode.at("/originalUriBaseIds/SRCROOT/uri").asText())
                .isEqualTo(project.toRealPath().toUri().toASCIIString())
                .endsWith("/chat%20service/");
        JsonNode results = runNode.get("results");
        assertThat(texts(results, "/ruleId")).containsExactly("MR-SEC-001", "MR-CMD-001", "MR-GATE-ERROR");
        assertThat(texts(results, "/level")).containsExactly("error", "error", "error");
        assertThat(texts(results, "/locations/0/physicalLocation/artifactLocation/uri"))
                .containsExactly("src/my%20app/r%C3%A9glages.py", "checklist.yaml", "checklist.yaml");
        assertThat(texts(results, "/locations/0/physicalLocation/region/startLine")).containsExactly("2", "5", "9");
        assertThat(results.at("/0/partialFingerprints/mistralReady~1v1").asText()).startsWith("MR-SEC-001:src/my app/réglages.py:");
        assertThat(runNode.at("/tool/driver/rules/0/properties/security-severity").asText()).isEqualTo("9.0");
        // the rules are described from the rule catalogue, as `explain` shows them
        assertThat(texts(runNode.get("tool").get("driver").get("rules"), "/shortDescription/text"))
                .containsExactly("Mistral API key", "The project's own command failed", "A gate could not run");
    }

    @Test
    void writesTheSameFileOnTheSecondRun() throws Exception {
        project(new Keys(15).mistral());

        CliRun.in(work, "check", "chat service", "--sarif", "first.sarif");
        CliRun.in(work, "check", "chat service", "--sarif", "second.sarif");

        assertThat(Files.readString(work.resolve("second.sarif"))).isEqualTo(Files.readString(work.resolve("first.sarif")));
    }

    @Test
    void leavesGateResultsUnlocatedWhenTheChecklistIsBuiltIn() throws Exception {
        Path project = Files.createDirectories(work.resolve("bare"));
        Files.writeString(project.resolve("app.py"), "print('hi')\n");

        CliRun run = CliRun.in(work, "check", "bare", "--offline", "--sarif", "bare.sarif");

        String sarif = Files.readString(work.resolve("bare.sarif"));
        assertThat(run.err()).doesNotContain("cannot write");
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode results = new ObjectMapper().readTree(sarif).at("/runs/0/results");
        results.forEach(result -> assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .doesNotContain("built-in"));
    }

    private static List<String> texts(JsonNode array, String pointer) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.at(pointer).asText()));
        return texts;
    }
}
