package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.mistralready.check.Baseline;
import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import dev.mistralready.project.files.FileSelection;
import dev.mistralready.project.files.HermeticGit;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.CancellationException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(HermeticGit.class)
class SecretHistoryScanTest {

    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path project;

    private final Keys keys = new Keys(29);
    private Git git;
    private int commits;

    @BeforeEach
    void initRepository() throws Exception {
        git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call();
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    /** Writes the file (or deletes it when {@code text} is null) and commits everything, one hour after the last commit. */
    private RevCommit commit(String path, String text) throws Exception {
        Path file = project.resolve(path);
        if (text == null) {
            Files.delete(file);
        } else {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent author = new PersonIdent(new PersonIdent("Test Author", "author@example.test"),
                Date.from(START.plusSeconds(3600L * commits++)), TimeZone.getTimeZone(ZoneOffset.UTC));
        return git.commit().setMessage("change " + path).setAuthor(author).setCommitter(author).setSign(false).call();
    }

    private static String withKey(String key) {
        return "import os\n\nMISTRAL_API_KEY = \"" + key + "\"\n";
    }

    private Outcome scan(HistoryOption history) throws Exception {
        return scan(project, history);
    }

    private static Outcome scan(Path root, HistoryOption history) throws Exception {
        return scan(root, SecretScanOptions.defaults().withHistory(history));
    }

    private static Outcome scan(Path root, SecretScanOptions options) throws Exception {
        return new SecretScanCheck().run(options,
                new CheckContext(root, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private static SecretScanOptions selecting(List<String> paths, List<String> exclude) {
        return new SecretScanOptions(paths, exclude, null, List.of(), List.of()).withHistory(HistoryOption.ALL);
    }

    private static List<String> filesOf(Outcome outcome) {
        return outcome.findings().stream().map(finding -> finding.location().orElseThrow().file()).toList();
    }

    /** Each file gets its own key in one commit, and loses it in the next: the keys live only in the history. */
    private void addAndDeleteKeys(String... paths) throws Exception {
        for (String path : paths) {
            commit(path, withKey(keys.mistral()));
            commit(path, "import os\n");
        }
    }

    @Test
    void findsAKeyAddedAndLaterDeletedOnlyWithHistory() throws Exception {
        String key = keys.mistral();
        commit("README.md", "hello\n");
        RevCommit adding = commit("src/app.py", withKey(key));
        commit("src/app.py", "import os\n\nMISTRAL_API_KEY = os.environ[\"MISTRAL_API_KEY\"]\n");

        assertThat(scan(HistoryOption.OFF).status()).isEqualTo(Status.PASS);

        Outcome outcome = scan(HistoryOption.ALL);

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).hasSize(1);
        Finding finding = outcome.findings().get(0);
        assertThat(finding.ruleId()).isEqualTo("MR-SEC-001");
        assertThat(finding.location()).contains(new Location("src/app.py", 3, 20));
        assertThat(finding.message()).contains("added in commit " + adding.abbreviate(7).name() + " (2026-11-20)")
                .contains(key.substring(0, 4) + "…(32 chars)")
                .doesNotContain(key);
        assertThat(finding.fix()).contains("Rotate the key");
        assertThat(outcome.details()).contains("history: 3 commits, 3 blobs scanned");
        assertThat(outcome.toString()).doesNotContain(key);
    }

    @Test
    void findsKeysOfANotebookInTheHistoryButNotItsImages() throws Exception {
        String cellKey = keys.mistral();
        String outputKey = keys.mistral();
        String token = "hf" + keys.password();
        String png = NotebookSecretsTest.pngBase64(keys);
        String leaked = NotebookSecretsTest.NOTEBOOK.formatted(cellKey, "", outputKey, png, token);
        RevCommit adding = commit("notebooks/chat.ipynb", leaked);
        // The next commit clears the keys and draws a new image: its base64 lines are added lines too.
        commit("notebooks/chat.ipynb", NotebookSecretsTest.NOTEBOOK.formatted("", "", "", NotebookSecretsTest.pngBase64(keys), ""));

        Outcome outcome = scan(HistoryOption.ALL);

        List<String> lines = leaked.lines().toList();
        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow().line())
                .containsExactly(
                        tuple("MR-SEC-001", 18),
                        tuple("MR-SEC-012", 26),
                        tuple("MR-SEC-001", 37));
        assertThat(lines.get(17)).contains(cellKey);
        assertThat(lines.get(25)).contains(token);
        assertThat(lines.get(36)).contains(outputKey);
        assertThat(outcome.findings().get(0).message())
                .contains("` in cell 2, added in commit " + adding.abbreviate(7).name() + " (2026-11-20)");
        assertThat(outcome.findings().get(2).message()).contains("` in cell 4 output, added in commit");
        assertThat(outcome.details()).contains("history: 2 commits, 2 blobs scanned");
    }

    @Test
    void saysWhenAShallowCloneHidesOlderCommits(@TempDir Path clones) throws Exception {
        commit("src/app.py", withKey(keys.mistral()));
        commit("src/app.py", "import os\n");
        commit("README.md", "hello\n");
        Path shallow = clones.resolve("shallow");
        Git.cloneRepository().setURI(project.toUri().toString()).setDirectory(shallow.toFile()).setDepth(1).call().close();

        Outcome full = scan(project, HistoryOption.ALL);
        Outcome partial = scan(shallow, HistoryOption.ALL);

        assertThat(full.details()).contains("history: 3 commits").doesNotContain("shallow");
        assertThat(partial.status()).isEqualTo(Status.PASS);
        assertThat(partial.details()).contains("history: 1 commit, ")
                .contains("the clone is shallow, so older commits were not scanned");
    }

    @Test
    void aBaselinedKeyInTheHistoryIsNotReportedAgain() throws Exception {
        String accepted = keys.mistral();
        String leaked = keys.mistral();
        commit("src/app.py", withKey(accepted));
        commit("src/app.py", "import os\n");
        Outcome before = scan(HistoryOption.ALL);
        StringWriter baseline = new StringWriter();
        Baseline.write(before.findings(), baseline);
        Files.writeString(project.resolve(Baseline.DEFAULT_FILE), baseline.toString());
        commit("src/other.py", withKey(leaked));
        commit("src/other.py", "import os\n");

        Outcome outcome = scan(HistoryOption.ALL);

        assertThat(outcome.baselined()).extracting(finding -> finding.location().orElseThrow().file())
                .containsExactly("src/app.py");
        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow().file())
                .containsExactly("src/other.py");
    }

    @Test
    void reportsAKeyStillAtHeadOnceAtItsCurrentPlace() throws Exception {
        String key = keys.mistral();
        commit("src/app.py", withKey(key));
        commit("src/app.py", "# the key\n" + withKey(key));

        Outcome outcome = scan(HistoryOption.ALL);

        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow())
                .containsExactly(new Location("src/app.py", 4, 20));
        assertThat(outcome.findings().get(0).message()).doesNotContain("added in commit");
    }

    @Test
    void sinceLimitsTheWalkToLaterCommits() throws Exception {
        String early = keys.mistral();
        String late = keys.mistral();
        commit("old.py", withKey(early));
        commit("old.py", null);
        git.tag().setName("v1").call();
        RevCommit adding = commit("new.py", withKey(late));
        commit("new.py", null);

        Outcome outcome = scan(HistoryOption.since("v1"));

        assertThat(outcome.findings()).hasSize(1);
        assertThat(outcome.findings().get(0).location().orElseThrow().file()).isEqualTo("new.py");
        assertThat(outcome.findings().get(0).message()).contains(adding.abbreviate(7).name());
        assertThat(outcome.details()).contains("history: 2 commits");
        assertThat(scan(HistoryOption.ALL).findings()).hasSize(2);
    }

    @Test
    void anUnknownSinceRevisionIsAnError() throws Exception {
        commit("README.md", "hello\n");

        Outcome outcome = scan(HistoryOption.since("no-such-tag"));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).contains("`no-such-tag`");
    }

    @Test
    void aProjectInASubdirectoryGetsOnlyItsOwnPathsRelativeToIt() throws Exception {
        commit("other/app.py", withKey(keys.mistral()));
        commit("other/app.py", null);
        commit("svc/src/app.py", withKey(keys.mistral()));
        commit("svc/src/app.py", null);

        Outcome outcome = scan(project.resolve("svc"), HistoryOption.ALL);

        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow().file())
                .containsExactly("src/app.py");
    }

    @Test
    void theHistoryOfExcludedPathsAndPathsOutsideTheSelectionIsNotScanned() throws Exception {
        addAndDeleteKeys("src/app.py", "src/vendor/lib.py", "scripts/deploy.py", "src/app.min.py");

        Outcome outcome = scan(project, selecting(List.of("src"), List.of("src/vendor/**", "*.min.py")));

        assertThat(filesOf(outcome)).containsExactly("src/app.py");
        assertThat(outcome.findings().get(0).message()).contains("added in commit");
    }

    @Test
    void withoutPathsOrExcludeTheSameHistoryIsScannedEverywhere() throws Exception {
        addAndDeleteKeys("src/app.py", "src/vendor/lib.py", "scripts/deploy.py", "src/app.min.py");

        Outcome outcome = scan(project, selecting(List.of(), List.of()));

        assertThat(filesOf(outcome))
                .containsExactly("scripts/deploy.py", "src/app.min.py", "src/app.py", "src/vendor/lib.py");
    }

    @Test
    void inASubdirectoryPathsAndExcludeAreRelativeToTheProjectAsInTheFileListing() throws Exception {
        addAndDeleteKeys("svc/src/app.py", "svc/src/generated/client.py", "svc/tools/seed.py", "src/app.py");

        Outcome outcome = scan(project.resolve("svc"), selecting(List.of("./src/"), List.of("generated")));

        assertThat(filesOf(outcome)).containsExactly("src/app.py");
        assertThat(filesOf(scan(project.resolve("svc"), selecting(List.of(), List.of()))))
                .containsExactly("src/app.py", "src/generated/client.py", "tools/seed.py");
    }

    @Test
    void aKeyAddedAgainAndAgainAcrossAManyCommitHistoryIsReportedAtTheFirstCommitThatAddedIt() throws Exception {
        String key = keys.mistral();
        String other = keys.mistral();
        RevCommit first = null;
        RevCommit otherFirst = null;
        for (int i = 0; i < 60; i++) { // enough commits for every scanning thread to take several runs
            if (i % 10 == 3) {
                RevCommit adding = commit("src/m" + (i % 4) + ".py", withKey(key));
                first = first == null ? adding : first;
            } else if (i % 10 == 7) {
                RevCommit adding = commit("src/m" + (i % 4) + ".py", "# two keys\n" + withKey(other) + withKey(key));
                otherFirst = otherFirst == null ? adding : otherFirst;
            } else {
                commit("src/m" + (i % 4) + ".py", "print(" + i + ")\n");
            }
        }
        for (int i = 0; i < 4; i++) {
            commit("src/m" + i + ".py", "print('done')\n");
        }

        Outcome outcome = scan(HistoryOption.ALL);

        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow())
                .containsExactly(new Location("src/m3.py", 3, 20), new Location("src/m3.py", 4, 20));
        assertThat(outcome.findings().get(0).message()).contains(first.abbreviate(7).name());
        assertThat(outcome.findings().get(1).message()).contains(otherFirst.abbreviate(7).name());
        assertThat(outcome.details()).contains("history: 64 commits");
        for (int run = 0; run < 2; run++) {
            assertThat(scan(HistoryOption.ALL).findings()).isEqualTo(outcome.findings());
        }
    }

    @Test
    void aCancelledScanStops() throws Exception {
        commit("src/app.py", withKey(keys.mistral()));
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();

        assertThatThrownBy(() -> HistoryScan.scan(project, FileSelection.ALL, new SecretDetector(BuiltInRules.all()),
                1 << 20, Optional.empty(), cancelled)).isInstanceOf(CancellationException.class);
    }

    @Test
    void aCancelledGateStopsBothTheFileScanAndTheHistoryItRunsBesideIt() throws Exception {
        commit("src/app.py", withKey(keys.mistral()));
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();

        assertThatThrownBy(() -> new SecretScanCheck().run(SecretScanOptions.defaults().withHistory(HistoryOption.ALL),
                new CheckContext(project, Map.of(), Clock.systemUTC(), cancelled, Progress.NONE)))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void outsideGitTheHistoryIsNotScannedAndThatIsSaid(@TempDir Path plain) throws Exception {
        Files.writeString(plain.resolve("app.py"), "print('hello')\n");

        Outcome outcome = scan(plain, HistoryOption.ALL);

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).contains("history: not scanned, the project is not in a git repository");
    }
}
