package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code phase:} on a gate and {@code check --phase}: a pipeline runs each phase's gates at its step. */
@DisabledOnOs(OS.WINDOWS)
class PhaseCliTest {

    @TempDir
    Path project;

    @BeforeEach
    void writeChecklist() throws IOException {
        Files.writeString(project.resolve("checklist.yaml"), String.join("\n",
                "version: 1",
                "gates:",
                "  - id: build",
                "    type: command",
                "    with: {run: 'true'}",
                "  - id: canary-health",
                "    type: command",
                "    phase: canary",
                "    with: {run: 'exit 3'}",
                "  - id: error-rate",
                "    type: command",
                "    phase: post-deploy",
                "    with: {run: 'true'}",
                ""));
    }

    @Test
    void runsOnlyTheGatesWithoutAPhaseByDefault() {
        CliRun run = CliRun.in(project, "check", "--color=never", ".");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("· checklist.yaml · 1 gate\n", "PASS   build")
                .doesNotContain("canary-health", "error-rate");
    }

    @Test
    void runsTheChosenPhasesGatesAndSaysWhichPhase() throws Exception {
        CliRun run = CliRun.in(project, "check", "--color=never", "--phase", "canary", ".", "--json", "report.json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("· checklist.yaml · phase canary · 1 gate\n", "FAIL   canary-health")
                .doesNotContain("build", "error-rate");
        assertThat(new ObjectMapper().readTree(project.resolve("report.json").toFile()).get("phase").asText())
                .isEqualTo("canary");
    }

    @Test
    void rejectsAnUnknownPhaseListingThem() {
        CliRun run = CliRun.in(project, "check", "--phase", "canery", ".");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown phase `canery`; did you mean `canary`? (phases: pre-deploy, canary,"
                + " post-deploy)");
    }

    @Test
    void refusesToRunAGateOfAnotherPhaseThroughOnly() {
        CliRun run = CliRun.in(project, "check", "--only", "error-rate", ".");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--only names gate `error-rate`, which runs in phase post-deploy, not pre-deploy:"
                + " add --phase post-deploy");
    }

    @Test
    void rejectsAnUnknownPhaseInTheChecklistAtItsPlace() throws IOException {
        Files.writeString(project.resolve("checklist.yaml"), "version: 1\ngates:\n  - id: a\n    type: command\n"
                + "    phase: after\n    with: {run: 'true'}\n");

        CliRun run = CliRun.in(project, "check", ".");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("checklist.yaml:5:12: unknown phase `after` (phases: pre-deploy, canary, post-deploy)");
    }
}
