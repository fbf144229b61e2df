package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.project.files.HermeticGit;
import dev.mistralready.project.files.TestFiles;
import dev.mistralready.project.files.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --staged}, the pre-commit hook's command: the secret gates alone, on what `git add` staged. */
@ExtendWith(HermeticGit.class)
class StagedCheckCliTest {

    private static final String CHECKLIST = """
            version: 1
            gates:
              - id: tests
                type: command
                with: {run: "touch tests-ran"}
              - id: secrets
                type: secret-scan
                with: {history: true}
              - id: runbook
                type: runbook
            """;

    @TempDir
    Path project;

    private final Keys keys = new Keys(1617);

    private TestRepository committed() throws Exception {
        TestRepository repo = TestRepository.init(project);
        TestFiles.write(project, "checklist.yaml", CHECKLIST);
        TestFiles.write(project, "README.md", "# app\n");
        repo.commitAll("initial");
        return repo;
    }

    @Test
    void failsOnAStagedKeyNamingItsFileAndLineAndRunsNoOtherGate() throws Exception {
        String key = keys.mistral();
        try (TestRepository repo = committed()) {
            TestFiles.write(project, "src/config.js", "const a = 1;\nconst MISTRAL_API_KEY = \"" + key + "\";\n");
            repo.add("src/config.js");
        }

        CliRun run = CliRun.in(project, "check", "--staged", "--color", "never", "--verbose");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("checklist.yaml · 1 gate\n--staged: only the secret gates, on the 1 staged file\n");
        assertThat(run.out()).containsPattern("(?m)^FAIL   secrets ");
        assertThat(run.out()).contains("error MR-SEC-001 src/config.js:2:");
        assertThat(run.out()).doesNotContain("tests").doesNotContain("runbook");
        assertThat(project.resolve("tests-ran")).doesNotExist();
        assertThat(run.out() + run.err()).doesNotContain(key);
    }

    @Test
    void passesSayingNothingIsStagedWhenNothingIs() throws Exception {
        try (TestRepository repo = committed()) {
            TestFiles.write(project, "untracked.js", "const MISTRAL_API_KEY = \"" + keys.mistral() + "\";\n");
        }

        CliRun run = CliRun.in(project, "check", "--staged", "--color", "never");
        CliRun verbose = CliRun.in(project, "check", "--staged", "--color", "never", "--verbose");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--staged: only the secret gates, and nothing is staged\n");
        assertThat(verbose.out()).containsPattern("(?m)^PASS   secrets .*\\n       nothing is staged, so no secret can be "
                + "committed");
    }

    @Test
    void outsideAGitWorkTreeIsAUsageErrorSayingWhy() throws Exception {
        TestFiles.write(project, "checklist.yaml", CHECKLIST);

        CliRun run = CliRun.in(project, "check", "--staged");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("mistral-ready: --staged scans what `git add` staged, but ")
                .contains("is not in a git work tree");
        assertThat(project.resolve("tests-ran")).doesNotExist();
    }

    @Test
    void aChecklistWithoutASecretGateIsAUsageError() throws Exception {
        try (TestRepository repo = committed()) {
            TestFiles.write(project, "checklist.yaml", "version: 1\ngates:\n  - {id: tests, type: command, with: {run: \"true\"}}\n");
        }

        CliRun run = CliRun.in(project, "check", "--staged");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--staged runs only the secret gates (type secret-scan), and checklist.yaml selects "
                + "none among tests");
    }

    @Test
    void aKeyStagedThenDeletedFromTheWorkTreeIsStillFound() throws Exception {
        try (TestRepository repo = committed()) {
            TestFiles.write(project, "leak.py", "MISTRAL_API_KEY = \"" + keys.mistral() + "\"\n");
            repo.add("leak.py");
        }
        Files.delete(project.resolve("leak.py"));

        CliRun run = CliRun.in(project, "check", "--staged", "--color", "never");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("error MR-SEC-001 leak.py:1:20");
    }
}
