package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.checks.secrets.Keys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** `check` on a small real project with GITHUB_ACTIONS=true in the injected environment. */
@DisabledOnOs(OS.WINDOWS)
class GithubActionsCliTest {

    private static final Keys KEYS = new Keys(14);
    private static final String PLANTED = KEYS.mistral();
    private static final String KEY = KEYS.mistral();

    @TempDir
    Path work;

    private Path summary;

    @BeforeEach
    void project() throws IOException {
        Path project = Files.createDirectories(work.resolve("project/src"));
        Files.writeString(project.resolve("../checklist.yaml"), String.join("\n",
                "version: 1",
                "gates:",
                "  - id: build",
                "    type: command",
                "    with: {run: echo built}",
                "  - id: tests",
                "    type: command",
                "    title: Unit tests pass",
                "    with: {run: 'echo \"key: $MISTRAL_API_KEY\"; exit 1'}",
                "  - id: lint",
                "    type: command",
                "    severity: warning",
                "    with: {run: 'exit 3'}",
                "  - id: secrets",
                "    type: secret-scan",
                ""));
        Files.writeString(project.resolve("settings.py"), "MISTRAL_API_KEY = \"" + PLANTED + "\"\n");
        summary = work.resolve("summary.md");
        Files.writeString(summary, "# an earlier command of this step\n");
    }

    private Map<String, String> runner() {
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("GITHUB_ACTIONS", "true");
        environment.put("GITHUB_STEP_SUMMARY", summary.toString());
        environment.put("MISTRAL_API_KEY", KEY);
        return environment;
    }

    @Test
    void masksTheKeyFirstThenAnnotatesFindingsOnTheRepositoryPaths() {
        CliRun run = CliRun.in(work, runner(), "check", "project");

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("::add-mask::" + KEY);
        assertThat(run.out().split(KEY, -1)).hasSize(2);
        assertThat(run.err()).doesNotContain(KEY);
        assertThat(lines.get(1)).startsWith("::stop-commands::mistral-ready-");
        String token = lines.get(1).substring("::stop-commands::".length());
        int resumed = lines.indexOf("::" + token + "::");
        assertThat(lines.subList(2, resumed)).anyMatch(line -> line.startsWith("FAIL   tests"));
        assertThat(lines.subList(resumed + 1, lines.size())).containsExactly(
                "::error file=project/checklist.yaml,line=6,col=5,endLine=6,title=MR-CMD-001%3A tests::"
                        + "`echo \"key: $MISTRAL_API_KEY\"; exit 1` exited with code 1 — "
                        + "Run `echo \"key: $MISTRAL_API_KEY\"; exit 1` in the project root and fix what it reports.",
                "::error file=project/src/settings.py,line=1,col=20,endLine=1,title=MR-SEC-001%3A secrets::"
                        + "Mistral API key: `" + PLANTED.substring(0, 4) + "…(32 chars)` — Read the key from the "
                        + "MISTRAL_API_KEY environment variable or a secret manager, and rotate it in the Mistral "
                        + "console: it has been in the repository.",
                "::warning file=project/checklist.yaml,line=10,col=5,endLine=10,title=MR-CMD-001%3A lint::"
                        + "`exit 3` exited with code 3 — Run `exit 3` in the project root and fix what it reports.");
        assertThat(run.out()).doesNotContain(PLANTED);
    }

    @Test
    void appendsTheJobSummaryAfterWhatTheStepWroteBefore() throws IOException {
        CliRun first = CliRun.in(work, runner(), "check", "project");
        CliRun second = CliRun.in(work, runner(), "check", "project");

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(second.exitCode()).isEqualTo(1);
        String markdown = Files.readString(summary, StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("# an earlier command of this step\n## ❌ mistral-ready: 2 gates not passed\n");
        assertThat(markdown.split("## ❌ mistral-ready", -1)).hasSize(3);
        assertThat(markdown).contains("| ✅ pass | build |  | \\`echo built\\` passed |")
                .contains("| ❌ fail | tests | Unit tests pass | ")
                .contains("| MR-CMD-001 | error | project/checklist.yaml:6:5 | \\`echo \"key: $MISTRAL\\_API\\_KEY\"; exit 1\\` "
                        + "exited with code 1 |")
                .contains("| MR-SEC-001 | error | project/src/settings.py:1:20 | Mistral API key: \\`" + PLANTED.substring(0, 4))
                .doesNotContain(KEY).doesNotContain(PLANTED);
        assertThat(first.err()).isEmpty();
    }

    @Test
    void anUnwritableSummaryIsToldOnStderrAndTheExitCodeStays() throws IOException {
        Map<String, String> environment = runner();
        environment.put("GITHUB_STEP_SUMMARY", Files.createDirectories(work.resolve("a-directory")).toString());

        CliRun run = CliRun.in(work, environment, "check", "project");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("mistral-ready: cannot append the job summary to " + work.resolve("a-directory")
                + " (GITHUB_STEP_SUMMARY): ");
        assertThat(run.out()).contains("::error file=project/checklist.yaml,line=6,");
    }

    @Test
    void withoutASummaryFileSaysSoAndGoesOn() {
        Map<String, String> environment = runner();
        environment.remove("GITHUB_STEP_SUMMARY");

        CliRun run = CliRun.in(work, environment, "check", "project", "--only", "build");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("mistral-ready: GITHUB_STEP_SUMMARY is not set, so no job summary is written\n");
    }

    @Test
    void pathsAreRelativeToTheWorkspaceWhenRunInsideTheProject() {
        Map<String, String> environment = runner();
        environment.put("GITHUB_WORKSPACE", work.toString());

        CliRun run = CliRun.in(work.resolve("project"), environment, "check", "--only", "tests");

        assertThat(run.out()).contains("::error file=project/checklist.yaml,line=6,col=5,endLine=6,title=MR-CMD-001%3A tests::");
    }

    @Test
    void noGithubTurnsItOffOnARunner() throws IOException {
        CliRun run = CliRun.in(work, runner(), "check", "project", "--no-github");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("::").doesNotContain(KEY);
        assertThat(Files.readString(summary)).isEqualTo("# an earlier command of this step\n");
    }

    @Test
    void githubOffARunnerAnnotatesButNeverPrintsTheKeyInAMaskLine() {
        Map<String, String> environment = runner();
        environment.remove("GITHUB_ACTIONS");

        CliRun run = CliRun.in(work, environment, "check", "project", "--github", "--only", "tests");

        assertThat(run.out()).doesNotContain("::add-mask::").doesNotContain(KEY)
                .contains("::error file=project/checklist.yaml,line=6,");
    }

    @Test
    void masksTheKeyVariableAGateNames() throws IOException {
        Files.writeString(work.resolve("project/checklist.yaml"), String.join("\n",
                "version: 1",
                "gates:",
                "  - id: probe",
                "    type: credential-probe",
                "    with: {key-env: PROD_MISTRAL_KEY, required: false}",
                ""));
        Map<String, String> environment = runner();
        environment.put("PROD_MISTRAL_KEY", "  prod-key-value-1234  ");

        CliRun run = CliRun.in(work, environment, "check", "project", "--offline");

        assertThat(run.out().lines().limit(2)).containsExactly("::add-mask::" + KEY, "::add-mask::prod-key-value-1234");
    }

    @Test
    void aKeyThatAppearsInTheReportIsRedactedThereAndPrintedOnlyInTheMaskLine() throws IOException {
        Files.writeString(work.resolve("project/checklist.yaml"), String.join("\n",
                "version: 1",
                "gates:",
                "  - id: echo",
                "    type: command",
                "    title: 'Uses " + KEY + "'",
                "    with: {run: 'exit 1'}",
                ""));

        CliRun run = CliRun.in(work, runner(), "check", "project");

        assertThat(run.out().split(KEY, -1)).hasSize(2);
        assertThat(run.out()).startsWith("::add-mask::" + KEY + "\n").contains("Uses " + KEY.substring(0, 4) + "…(32 chars)");
        assertThat(Files.readString(summary)).doesNotContain(KEY).contains("Uses " + KEY.substring(0, 4) + "…(32 chars)");
    }
}
