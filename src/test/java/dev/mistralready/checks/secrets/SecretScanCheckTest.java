package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import dev.mistralready.project.files.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretScanCheckTest {

    @TempDir
    Path project;

    private final Keys keys = new Keys(11);

    private Outcome scan(SecretScanOptions options) throws Exception {
        return new SecretScanCheck().run(options,
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private void write(String path, String text) throws IOException {
        TestFiles.write(project, path, text);
    }

    @Test
    void passesAProjectWithoutSecrets() throws Exception {
        write("src/client.ts", "const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });\n");

        Outcome outcome = scan(SecretScanOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).startsWith("no secrets in 1 file, ");
    }

    @Test
    void scansManyFilesWhileTheyAreListedAndReportsInPathOrder() throws Exception {
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String path = "pkg%d/file%03d.py".formatted(i % 7, i);
            if (i % 37 == 0) {
                write(path, "MISTRAL_API_KEY = \"" + keys.mistral() + "\"\n");
                expected.add(path);
            } else {
                write(path, "print('nothing to see in %d')\n".formatted(i));
            }
        }

        Outcome outcome = scan(SecretScanOptions.defaults());

        assertThat(outcome.summary()).startsWith(expected.size() + " secrets in 300 files, ");
        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow().file())
                .containsExactlyElementsOf(expected.stream().sorted().toList());
    }

    @Test
    void failsWithEachSecretsRuleFileLineAndColumn() throws Exception {
        write("src/client.ts", "import { Mistral } from \"@mistralai/mistralai\";\n"
                + "const client = new Mistral({ apiKey: \"" + keys.mistral() + "\" });\n");
        write("config/.env", "MISTRAL_API_KEY=still-a-real-value-9\n");
        write("README.md", "No secrets here.\n");

        Outcome outcome = scan(SecretScanOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).startsWith("2 secrets in 3 files, ");
        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MR-SEC-002", new Location("config/.env", 1, 17)),
                        org.assertj.core.groups.Tuple.tuple("MR-SEC-001", new Location("src/client.ts", 2, 39)));
        assertThat(outcome.findings().get(1).fix()).contains("MISTRAL_API_KEY", "rotate");
    }

    @Test
    void countsColumnsInCharactersAfterNonAsciiText() throws Exception {
        String line = "titre = \"café crème\"; MISTRAL_API_KEY = \"" + keys.mistral() + "\"";
        write("app.py", line + "\n");

        Outcome outcome = scan(SecretScanOptions.defaults());

        int column = line.indexOf("= \"", line.indexOf("MISTRAL")) + 4; // 1-based, after `= "`
        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow())
                .containsExactly(new Location("app.py", 1, column));
    }

    @Test
    void warnsWhenOnlyWarningRulesMatch() throws Exception {
        write("api.http", "Authorization: Bearer " + keys.jwt() + "\n");

        Outcome outcome = scan(SecretScanOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("MR-SEC-011");
    }

    @Test
    void skipsAndCountsBinaryFilesAndOversizedNotebooksReadsOversizedTextInWindowsAndKeepsScanning() throws Exception {
        String key = keys.mistral();
        Files.write(project.resolve("model.bin"), ("MISTRAL_API_KEY=" + key + "\u0000").getBytes());
        write("big.ipynb", "{\"cells\": [], \"metadata\": {\"mistral\": \"" + "x".repeat(2_000) + "\", \"MISTRAL_API_KEY\": \""
                + key + "\"}}\n");
        write("big.txt", "mistral " + "x".repeat(2_000) + "\nMISTRAL_API_KEY = \"" + key + "\"\n");
        write("small.py", "MISTRAL_API_KEY = \"" + key + "\"\n");

        Outcome outcome = scan(new SecretScanOptions(List.of(), List.of(), new dev.mistralready.check.ByteSize(1_000),
                List.of(), List.of()));

        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow())
                .containsExactly(new Location("big.txt", 2, 20), new Location("small.py", 1, 20));
        assertThat(outcome.summary()).endsWith("; 2 skipped: 1 too large, 1 binary");
    }

    @Test
    void doesNotFollowSymbolicLinksOutOfTheProject(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secrets.py"), "MISTRAL_API_KEY = \"" + keys.mistral() + "\"\n");
        try {
            Files.createSymbolicLink(project.resolve("linked.py"), outside.resolve("secrets.py"));
            Files.createSymbolicLink(project.resolve("linked-dir"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links cannot be made here");
        }
        write("app.py", "print('hello')\n");

        Outcome outcome = scan(SecretScanOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).endsWith("; 2 skipped: 2 symlink");
    }

    @Test
    void reportsUnreadableFilesByNameAndCompletes() throws Exception {
        write("ok.py", "MISTRAL_API_KEY = \"" + keys.mistral() + "\"\n");
        Path locked = project.resolve("locked.py");
        Files.writeString(locked, "MISTRAL_API_KEY = \"" + keys.mistral() + "\"\n");
        assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked),
                "cannot make a file unreadable here (running as root?)");
        try {
            Outcome outcome = scan(SecretScanOptions.defaults());

            assertThat(outcome.findings()).hasSize(1);
            assertThat(outcome.details()).contains("unreadable: locked.py (");
            assertThat(outcome.summary()).endsWith("; 1 skipped: 1 unreadable");
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void runsTheGatesOwnRulesAndLeavesOutDisabledOnes() throws Exception {
        write("a.py", "INTERNAL = \"acme_" + keys.random(Keys.ALNUM, 24) + "\"\nMISTRAL_API_KEY = \"" + keys.mistral() + "\"\n");
        RuleSpec acme = RuleSpec.bind("ACME-001", "Acme token", "(?<secret>acme_[A-Za-z0-9]{24})", List.of("acme_"), true, null,
                null, null, null, null, null, null, null, null, null, "warning", "Revoke it in the Acme console.");

        Outcome outcome = scan(new SecretScanOptions(List.of(), List.of(), null, List.of(acme), List.of("MR-SEC-001", "MR-SEC-012")));

        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("ACME-001");
        assertThat(outcome.status()).isEqualTo(Status.WARN);
    }

    @Test
    void limitsTheScanToPathsAndLeavesOutExcludedFiles() throws Exception {
        write("src/a.py", "MISTRAL_API_KEY = \"" + keys.mistral() + "\"\n");
        write("src/vendor/b.py", "MISTRAL_API_KEY = \"" + keys.mistral() + "\"\n");
        write("scripts/c.py", "MISTRAL_API_KEY = \"" + keys.mistral() + "\"\n");

        Outcome outcome = scan(new SecretScanOptions(List.of("src"), List.of("src/vendor/**"), null, List.of(), List.of()));

        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow().file()).containsExactly("src/a.py");
    }
}
