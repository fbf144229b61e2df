package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.project.files.HermeticGit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A gate that could not read what it was pointed at never reports PASS: broken repositories, and bare ones. */
@ExtendWith(HermeticGit.class)
class SecretScanBrokenRepositoryTest {

    @TempDir
    Path project;

    private final Keys keys = new Keys(61);
    private Git git;

    @BeforeEach
    void initRepository() throws Exception {
        git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call();
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    private RevCommit commit(String path, String text) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        git.add().addFilepattern(".").call();
        return git.commit().setMessage("change " + path).setSign(false).call();
    }

    private static Outcome scan(Path root, HistoryOption history) throws Exception {
        return new SecretScanCheck().run(SecretScanOptions.defaults().withHistory(history),
                new CheckContext(root, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private Path git(String path) {
        return project.resolve(".git").resolve(path);
    }

    @Test
    void aTruncatedIndexIsAWarningAndTheDirectoryIsScannedInstead() throws Exception {
        commit("src/app.py", "print('hi')\n");
        byte[] index = Files.readAllBytes(git("index"));
        Files.write(git("index"), Arrays.copyOf(index, 20));

        Outcome outcome = scan(project, HistoryOption.OFF);

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("no secrets in 1 file, 12 B");
        assertThat(outcome.findings()).extracting(Finding::ruleId, Finding::severity, Finding::message, Finding::fix)
                .containsExactly(tuple("MR-SEC-091", Severity.WARNING, ".git/index cannot be read: Short read of block.; "
                                + "scanned the files of a plain directory walk honouring .gitignore instead, "
                                + "which misses files git tracks though .gitignore matches them",
                        "Rebuild the index from HEAD with `rm .git/index && git reset` (the work tree is kept)."));
        assertThat(outcome.details()).startsWith("listed by a plain directory walk, not by git: "
                + ".git/index cannot be read: Short read of block.\nscanned 1 file, 12 B in ");
    }

    @Test
    void aKeyFoundByTheFallbackWalkStillFails() throws Exception {
        commit("src/app.py", "MISTRAL_API_KEY = \"" + keys.mistral() + "\"\n");
        Files.writeString(git("index"), "garbage");

        Outcome outcome = scan(project, HistoryOption.OFF);

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("MR-SEC-001", "MR-SEC-091");
    }

    @Test
    void aDotGitFilePointingNowhereIsAWarning(@TempDir Path elsewhere) throws Exception {
        commit("src/app.py", "print('hi')\n");
        git.close();
        Path moved = elsewhere.resolve("moved.git");
        Files.move(project.resolve(".git"), moved);
        Files.writeString(project.resolve(".git"), "gitdir: " + elsewhere.resolve("gone") + "\n");

        Outcome outcome = scan(project, HistoryOption.OFF);

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.findings()).extracting(Finding::ruleId, Finding::message).containsExactly(tuple("MR-SEC-091",
                ".git points to " + elsewhere.resolve("gone") + ", which is not a git repository (a moved or deleted "
                        + "worktree or submodule); scanned the files of a plain directory walk honouring .gitignore "
                        + "instead, which misses files git tracks though .gitignore matches them"));
    }

    @Test
    void aGarbageHeadIsAnErrorOfTheHistoryNotZeroCommits() throws Exception {
        commit("src/app.py", "print('hi')\n");
        Files.writeString(git("HEAD"), "garbage\n");

        Outcome outcome = scan(project, HistoryOption.ALL);

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).isEqualTo("history: .git/HEAD cannot be read: it names no branch or commit; "
                + "the files: no secrets in 1 file, 12 B");
        assertThat(outcome.findings()).extracting(Finding::ruleId, Finding::severity, Finding::fix)
                .containsExactly(tuple("MR-SEC-092", Severity.ERROR,
                        "Point HEAD at your branch again, e.g. `git symbolic-ref HEAD refs/heads/main`."));
        assertThat(outcome.details()).doesNotContain("0 commits");
    }

    @Test
    void aBranchFileOfGarbageIsAnErrorNotAnEmptyRepository() throws Exception {
        commit("src/app.py", "print('hi')\n");
        Files.writeString(git("refs/heads/main"), "zzzz\n");

        Outcome outcome = scan(project, HistoryOption.ALL);

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).startsWith("history: HEAD's branch refs/heads/main cannot be read: "
                + ".git/refs/heads/main holds no commit id; the files: ");
    }

    @Test
    void aBranchPointingToAMissingCommitIsAnError() throws Exception {
        commit("src/app.py", "print('hi')\n");
        String missing = "1234567890123456789012345678901234567890";
        Files.writeString(git("refs/heads/main"), missing + "\n");

        Outcome outcome = scan(project, HistoryOption.ALL);

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).startsWith("history: HEAD's branch refs/heads/main points to commit " + missing
                + ", which is missing from the repository; the files: ");
        assertThat(outcome.findings()).extracting(Finding::fix)
                .containsExactly("Repair the repository (`git fsck` shows what is broken) or scan a fresh clone.");
    }

    @Test
    void aLooseObjectDeletedFromTheHistoryIsAnError() throws Exception {
        RevCommit first = commit("src/app.py", "print('first')\n");
        commit("src/app.py", "print('second')\n");
        ObjectId oldBlob;
        try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), "src/app.py", first.getTree())) {
            oldBlob = walk.getObjectId(0);
        }
        Files.delete(git("objects/" + oldBlob.name().substring(0, 2) + "/" + oldBlob.name().substring(2)));

        Outcome outcome = scan(project, HistoryOption.ALL);

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).startsWith("history: the git history cannot be read: Missing blob " + oldBlob.name()
                + " (a pack or loose object is missing or damaged); the files: no secrets in 1 file");
    }

    @Test
    void aDeletedPackIsAnError() throws Exception {
        RevCommit head = commit("src/app.py", "print('hi')\n");
        git.gc().call();
        try (Stream<Path> packs = Files.list(git("objects/pack"))) {
            for (Path pack : packs.toList()) {
                Files.delete(pack);
            }
        }

        Outcome outcome = scan(project, HistoryOption.ALL);

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).startsWith("history: HEAD's branch refs/heads/main points to commit " + head.name()
                + ", which is missing from the repository");
    }

    @Test
    void anEmptyRepositoryHasNoCommitsYetAndPasses() throws Exception {
        Files.writeString(project.resolve("app.py"), "print('hi')\n");

        Outcome outcome = scan(project, HistoryOption.ALL);

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).contains("history: no commits yet");
    }

    @Test
    void scansEveryBranchOfABareRepositoryAndNoFiles(@TempDir Path mirrors) throws Exception {
        commit("README.md", "hello\n");
        git.checkout().setCreateBranch(true).setName("feature").call();
        String key = keys.mistral();
        RevCommit leak = commit("src/app.py", "MISTRAL_API_KEY = \"" + key + "\"\n");
        git.checkout().setName("main").call();
        Path bare = mirrors.resolve("app.git");
        Git.cloneRepository().setURI(project.toUri().toString()).setDirectory(bare.toFile()).setBare(true)
                .setCloneAllBranches(true).call().close();

        Outcome outcome = scan(bare, HistoryOption.ALL);

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("1 secret in the history");
        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow().file())
                .containsExactly(tuple("MR-SEC-001", "src/app.py"));
        assertThat(outcome.findings().get(0).message()).contains("added in commit " + leak.abbreviate(7).name());
        assertThat(outcome.details()).isEqualTo("files: not scanned, DIR is a bare git repository: it has no work tree; "
                + "check a clone, or use history: true for the secret gate\n"
                + "history: 2 commits of every branch and tag, 2 blobs scanned");
    }

    @Test
    void skipsABareRepositoryWithoutHistory(@TempDir Path mirrors) throws Exception {
        commit("README.md", "hello\n");
        Path bare = mirrors.resolve("app.git");
        Git.cloneRepository().setURI(project.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();

        Outcome outcome = scan(bare, HistoryOption.OFF);

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).isEqualTo("skipped: DIR is a bare git repository: it has no work tree; "
                + "check a clone, or use history: true for the secret gate");
    }
}
