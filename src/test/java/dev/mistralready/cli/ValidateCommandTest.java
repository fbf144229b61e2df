package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class ValidateCommandTest {

    private static final String BROKEN = """
            version: 1
            gates:
              - id: build
                type: command
                tiemout: 5m
                with: {run: 'touch ran'}
              - id: tests
                type: comand
                with: {run: 'touch ran'}
              - id: lint
                type: command
                with: {rn: 'touch ran'}
              - id: docs
                type: runbok
                severity: advisory
            """;

    @TempDir
    Path work;

    @Test
    void plansAValidChecklistWithoutRunningIt() throws IOException {
        Files.writeString(work.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - {id: build, type: command, timeout: 5m, with: {run: 'touch ran'}}
                  - {id: secrets, type: secret-scan, severity: warning}
                """);

        CliRun run = CliRun.in(work, "validate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).hasSize(3).startsWith(
                "build    command      error    pre-deploy   timeout 5m").last().isEqualTo("checklist.yaml is valid: 2 gates, nothing run");
        assertThat(run.out().lines().toList().get(1)).startsWith("secrets  secret-scan  warning  pre-deploy   timeout ");
        assertThat(work.resolve("ran")).doesNotExist();
    }

    @Test
    void reportsTheLoadersAndThePlannersProblemsAtOnceInFileOrder() throws IOException {
        Files.writeString(work.resolve("checklist.yaml"), BROKEN);

        CliRun run = CliRun.in(work, "validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "checklist.yaml:5:5: unknown key `tiemout` in gate; did you mean `timeout`? "
                        + "(valid: id, type, title, severity, phase, timeout, disable, with)",
                "checklist.yaml:8:11: unknown gate type `comand`; did you mean `command`? (registered: alert-rules, "
                        + "command, credential-probe, http-health, http-smoke, k8s-manifests, model-config, prometheus-query, runbook, secret-scan)",
                "checklist.yaml:10:5: gate `lint` (type command) needs option `run` under `with:` (text or list: the "
                        + "command: a shell string, or a list of arguments run without a shell)",
                "checklist.yaml:14:11: unknown gate type `runbok`; did you mean `runbook`? (registered: alert-rules, "
                        + "command, credential-probe, http-health, http-smoke, k8s-manifests, model-config, prometheus-query, runbook, secret-scan)",
                "checklist.yaml:15:15: unknown severity `advisory` (valid: error, warning)");
        assertThat(work.resolve("ran")).doesNotExist();
    }

    @Test
    void checkReportsThemAllAtOnceToo() throws IOException {
        Files.writeString(work.resolve("checklist.yaml"), BROKEN);

        CliRun check = CliRun.in(work, "check");

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).isEqualTo(CliRun.in(work, "validate").err());
        assertThat(work.resolve("ran")).doesNotExist();
    }

    @Test
    void validatesTheBuiltInChecklistInADirectoryWithoutOne() {
        CliRun run = CliRun.in(work, "validate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("<built-in>/checklist.yaml is valid: 15 gates, nothing run" + System.lineSeparator());
    }

    @Test
    void validatesAChecklistNamedWithC() throws IOException {
        Files.writeString(work.resolve("gates.yaml"), "version: 1\ngates:\n  - {id: a, type: nope}\n");

        CliRun run = CliRun.in(work, "validate", "-c", "gates.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("gates.yaml:3:19: unknown gate type `nope` (registered: ");
    }

    @Test
    void exitsTwoForAMissingDirectory() {
        CliRun run = CliRun.in(work, "validate", "no-such-dir");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mistral-ready: directory not found: no-such-dir" + System.lineSeparator());
    }
}
