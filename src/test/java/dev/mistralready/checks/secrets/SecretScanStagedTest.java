package dev.mistralready.checks.secrets;

import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mistralready.check.Baseline;
import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.FileScope;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import dev.mistralready.project.files.HermeticGit;
import dev.mistralready.project.files.TestRepository;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Under the STAGED scope (check --staged) the gate scans what `git add` staged, read from the index. */
@ExtendWith(HermeticGit.class)
class SecretScanStagedTest {

    @TempDir
    Path dir;

    private final Keys keys = new Keys(1616);

    private Outcome scanStaged(SecretScanOptions options) throws Exception {
        return new SecretScanCheck().run(options, new CheckContext(dir, Map.of(), Clock.systemUTC(), new Cancellation(),
                Progress.NONE).withFileScope(FileScope.STAGED));
    }

    private Outcome scanStaged() throws Exception {
        return scanStaged(SecretScanOptions.defaults());
    }

    private String leak() {
        return "MISTRAL_API_KEY = \"" + keys.mistral() + "\"\n";
    }

    private TestRepository committed() throws Exception {
        TestRepository repo = TestRepository.init(dir);
        write(dir, "README.md", "# app\n");
        repo.commitAll("initial");
        return repo;
    }

    @Test
    void findsAStagedKeyAtItsLine() throws Exception {
        try (TestRepository repo = committed()) {
            write(dir, "app/settings.py", "import os\n\n" + leak());
            repo.add("app/settings.py");
        }

        Outcome outcome = scanStaged();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-SEC-001", new Location("app/settings.py", 3, 20)));
        assertThat(outcome.summary()).startsWith("1 secret in 1 staged file, ");
        assertThat(outcome.details()).contains("--staged: read from the git index");
    }

    @Test
    void aKeyWrittenAfterGitAddIsNotFoundButOneStagedThenRemovedFromTheWorkTreeIs() throws Exception {
        String stagedLeak = leak();
        try (TestRepository repo = committed()) {
            write(dir, "clean-when-staged.py", "print('clean')\n");
            write(dir, "leaky-when-staged.py", "print('x')\n" + stagedLeak);
            repo.add("clean-when-staged.py", "leaky-when-staged.py");
        }
        write(dir, "clean-when-staged.py", leak()); // not staged: the commit will not take it
        write(dir, "leaky-when-staged.py", "print('x')\n"); // fixed in the work tree, but the index still holds the key

        Outcome outcome = scanStaged();

        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-SEC-001", new Location("leaky-when-staged.py", 2, 20)));
    }

    @Test
    void untrackedAndUnstagedFilesAreNotScanned() throws Exception {
        try (TestRepository repo = committed()) {
            write(dir, "tracked.py", "print('clean')\n");
            repo.commitAll("tracked");
            write(dir, "staged.py", "print('clean')\n");
            repo.add("staged.py");
        }
        write(dir, "tracked.py", leak()); // modified, not staged
        write(dir, "untracked.py", leak());

        Outcome outcome = scanStaged();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).startsWith("no secrets in 1 staged file, ");
    }

    @Test
    void theAllowMarkerAndTheBaselineWorkAsInATreeScan() throws Exception {
        String known = leak();
        try (TestRepository repo = committed()) {
            write(dir, "known.py", known);
            write(dir, "allowed.py", "MISTRAL_API_KEY = \"" + keys.mistral() + "\"  # mistral-ready:allow\n");
            repo.add("known.py", "allowed.py");
        }
        writeBaselineOf("known.py", known);

        Outcome outcome = scanStaged();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).startsWith("no new secrets in 2 staged files, ")
                .endsWith("(1 known, in .mistral-ready-baseline.json)");
        assertThat(outcome.baselined()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-SEC-001", new Location("known.py", 1, 20)));
    }

    /** What `mistral-ready baseline` would write for this file: the finding of a tree scan, fingerprinted. */
    private void writeBaselineOf(String path, String text) throws Exception {
        Path elsewhere = Files.createTempDirectory(dir.getParent(), "baseline-source");
        write(elsewhere, path, text);
        Outcome today = new SecretScanCheck().run(SecretScanOptions.defaults(),
                new CheckContext(elsewhere, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
        List<Finding> found = new ArrayList<>(today.findings());
        StringWriter out = new StringWriter();
        Baseline.write(found, out);
        write(dir, Baseline.DEFAULT_FILE, out.toString());
    }

    @Test
    void honoursTheGatesPathsAndExclude() throws Exception {
        try (TestRepository repo = committed()) {
            write(dir, "src/app.py", leak());
            write(dir, "src/vendor/lib.py", leak());
            write(dir, "scripts/tool.py", leak());
            repo.add(".");
        }

        Outcome outcome = scanStaged(new SecretScanOptions(List.of("src"), List.of("src/vendor/**"),
                SecretScanOptions.DEFAULT_MAX_FILE_SIZE, List.of(), List.of()));

        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-SEC-001", new Location("src/app.py", 1, 20)));
        assertThat(outcome.details()).contains("3 files staged, 1 of them in the gate's paths");
    }

    @Test
    void aStagedDeletionIsNoErrorAndNothingToScan() throws Exception {
        try (TestRepository repo = committed(); Git git = Git.open(dir.toFile())) {
            write(dir, "old.py", leak());
            repo.commitAll("a key, committed before the hook"); // the history is not what --staged reads
            git.rm().addFilepattern("old.py").call();
            write(dir, "new.py", "print('clean')\n");
            repo.add("new.py");
        }

        Outcome outcome = scanStaged();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).startsWith("no secrets in 1 staged file, ");
    }

    @Test
    void neverScansTheHistoryUnderStagedAndSaysSo() throws Exception {
        try (TestRepository repo = committed(); Git git = Git.open(dir.toFile())) {
            write(dir, "old.py", leak());
            repo.commitAll("a key");
            git.rm().addFilepattern("old.py").call();
            repo.commit("the key removed, still in the history");
            write(dir, "new.py", "print('clean')\n");
            repo.add("new.py");
        }

        Outcome outcome = scanStaged(SecretScanOptions.defaults().withHistory(HistoryOption.ALL));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).contains("history: not scanned under --staged");
    }

    @Test
    void passesSayingNothingIsStagedWhenNothingIs() throws Exception {
        try (TestRepository repo = committed()) {
            write(dir, "untracked.py", leak());
        }

        Outcome outcome = scanStaged();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).startsWith("nothing is staged");
        assertThat(outcome.details()).contains("0 files staged");
    }

    @Test
    void beforeTheFirstCommitEveryFileInTheIndexIsScanned() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, "a.py", "print('a')\n");
            write(dir, "b/config.py", "\n" + leak());
            repo.add(".");
        }

        Outcome outcome = scanStaged();

        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-SEC-001", new Location("b/config.py", 2, 20)));
        assertThat(outcome.details()).contains("(no commit yet, so every file in the index)");
    }

    @Test
    void outsideGitTheGateIsAnErrorSayingWhy() throws Exception {
        write(dir, "a.py", leak());

        Outcome outcome = scanStaged();

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).startsWith("--staged: ").contains("is not in a git work tree");
    }
}
