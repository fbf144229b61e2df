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
import java.util.Map;
import org.eclipse.jgit.api.Git;
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
    void placesPathsRelativeToTheRepositoryWhenDirIsASubfolderOfIt() throws Exception {
        Path repository = Files.createDirectories(work.resolve("monorepo"));
        Git.init().setDirectory(repository.toFile()).call().close();
        Path project = Files.createDirectories(repository.resolve("services"));
        Files.move(project(new Keys(16).mistral()), project.resolve("chat service"));

        CliRun.in(repository.resolve("services"), "check", "chat service", "--sarif", "report.sarif");

        JsonNode runNode = new ObjectMapper().readTree(Files.readString(project.resolve("report.sarif"))).at("/runs/0");
        assertThat(runNode.at("/originalUriBaseIds/SRCROOT/uri").asText())
                .isEqualTo(repository.toRealPath().toUri().toASCIIString());
        assertThat(texts(runNode.get("results"), "/locations/0/physicalLocation/artifactLocation/uri")).containsExactly(
                "services/chat%20service/src/my%20app/r%C3%A9glages.py", "services/chat%20service/checklist.yaml",
                "services/chat%20service/checklist.yaml");
        // the fingerprint is the finding's, whatever the path: moving the project keeps its alerts' identity
        assertThat(runNode.at("/results/0/partialFingerprints/primaryLocationLineHash").asText())
                .startsWith("MR-SEC-001:src/my app/réglages.py:");
    }

    @Test
    void takesTheGithubWorkspaceAsTheRepository() throws Exception {
        project(new Keys(17).mistral());

        CliRun.in(work, Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"), "GITHUB_WORKSPACE",
                work.toString()), "check", "--no-github", "chat service", "--sarif", "report.sarif");

        JsonNode runNode = new ObjectMapper().readTree(Files.readString(work.resolve("report.sarif"))).at("/runs/0");
        assertThat(runNode.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("chat%20service/src/my%20app/r%C3%A9glages.py");
    }

    @Test
    void placesGateResultsOfTheBuiltInChecklistOnTheProjectsManifest() throws Exception {
        Path project = Files.createDirectories(work.resolve("app"));
        Files.writeString(project.resolve("package.json"), "{\"name\": \"app\", \"scripts\": {\"test\": \"exit 3\"}}\n");

        CliRun run = CliRun.in(work, "check", "app", "--offline", "--sarif", "app.sarif");

        assertThat(run.exitCode()).isEqualTo(1);
        String sarif = Files.readString(work.resolve("app.sarif"));
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode results = new ObjectMapper().readTree(sarif).at("/runs/0/results");
        assertThat(texts(results, "/ruleId")).containsExactly("MR-CMD-001");
        assertThat(results.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("package.json");
        assertThat(results.at("/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
    }

    @Test
    void keepsEveryResultLocatedAndTheRestAsNotificationsWhenNothingStandsForTheProject() throws Exception {
        Path project = Files.createDirectories(work.resolve("bare"));
        Files.writeString(project.resolve("app.py"), "print('hi')\n");
        Files.writeString(work.resolve("checks.yaml"), "version: 1\ngates:\n  - id: tests\n    type: command\n"
                + "    with:\n      run: exit 3\n");

        CliRun run = CliRun.in(work, "check", "bare", "-c", "checks.yaml", "--sarif", "bare.sarif");

        assertThat(run.exitCode()).isEqualTo(1);
        String sarif = Files.readString(work.resolve("bare.sarif"));
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode runNode = new ObjectMapper().readTree(sarif).at("/runs/0");
        assertThat(runNode.get("results")).allMatch(result -> result.has("locations"));
        assertThat(runNode.at("/invocations/0/toolExecutionNotifications/0/associatedRule/id").asText())
                .isEqualTo("MR-CMD-001");
    }

    private static List<String> texts(JsonNode array, String pointer) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.at(pointer).asText()));
        return texts;
    }
}
