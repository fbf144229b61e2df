package dev.mistralready;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the GitHub Action's `check` step as the runner would: its script from action.yml, with the
 * inputs in INPUT_* variables, the action's folder in GITHUB_ACTION_PATH and a GITHUB_OUTPUT file.
 */
@DisabledOnOs(OS.WINDOWS)
class ActionStepIT {

    @TempDir
    Path workspace;

    @Test
    void checksTheDirectoryWritesBothReportsAndSetsTheExitCodeOutput() throws Exception {
        Path project = Files.createDirectories(workspace.resolve("services/chat"));
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - {id: build, type: command, with: {run: 'echo ok'}}
                  - {id: tests, type: command, with: {run: 'echo 1 test failed; exit 1'}}
                """);
        Path output = workspace.resolve("github-output");
        Path summary = workspace.resolve("step-summary.md");

        Process step = runCheckStep(Map.of("INPUT_DIRECTORY", "services/chat", "INPUT_CHECKLIST", "", "INPUT_PHASE", "pre-deploy",
                "INPUT_FAIL_ON", "error", "INPUT_SARIF", "mistral-ready.sarif", "INPUT_JUNIT", "mistral-ready.xml",
                "INPUT_ARGS", "--skip build", "GITHUB_OUTPUT", output.toString(), "GITHUB_STEP_SUMMARY", summary.toString()));

        assertThat(step.exitValue()).isEqualTo(1);
        assertThat(Files.readString(output)).isEqualTo("exit-code=1\n");
        assertThat(Files.readString(workspace.resolve("step.out"), StandardCharsets.UTF_8))
                .contains("FAIL   tests", "0 passed, 1 failed", "::error").doesNotContain("PASS   build");
        assertThat(workspace.resolve("mistral-ready.sarif")).content().contains("\"version\": \"2.1.0\"", "services/chat/checklist.yaml");
        assertThat(workspace.resolve("mistral-ready.xml")).content().contains("<testsuite");
        assertThat(summary).content().contains("tests");
    }

    private Process runCheckStep(Map<String, String> environment) throws Exception {
        JsonNode action = new ObjectMapper(new YAMLFactory()).readTree(Path.of("action.yml").toFile());
        String script = null;
        for (JsonNode step : action.at("/runs/steps")) {
            if ("check".equals(step.path("id").asText())) {
                script = step.get("run").asText();
            }
        }
        assertThat(script).as("the action's step with id check").isNotNull();
        ProcessBuilder builder = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", script).directory(workspace.toFile())
                .redirectOutput(workspace.resolve("step.out").toFile()).redirectError(workspace.resolve("step.err").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("GITHUB_ACTION_PATH", Path.of("").toAbsolutePath().toString());
        builder.environment().put("GITHUB_WORKSPACE", workspace.toString());
        builder.environment().remove("GITHUB_ACTIONS");
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the check step finished").isTrue();
        return process;
    }
}
