package dev.mistralready.project.files;

import static dev.mistralready.project.files.TestFiles.paths;
import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A repository git cannot read is listed by a plain walk that says so, and a bare one is not listed at all. */
@ExtendWith(HermeticGit.class)
class ProjectFilesBrokenRepositoryTest {

    @TempDir
    Path dir;

    @BeforeEach
    void commitAProject() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, ".gitignore", "*.log\n");
            write(dir, "src/app.py", "print('hi')\n");
            repo.commitAll("initial");
            write(dir, "debug.log", "ignored");
            write(dir, "notes.txt", "untracked");
        }
    }

    private Path git(String path) {
        return dir.resolve(".git").resolve(path);
    }

    @Test
    void walksTheDirectoryAndSaysSoWhenTheIndexIsTruncated() throws Exception {
        byte[] index = Files.readAllBytes(git("index"));
        Files.write(git("index"), Arrays.copyOf(index, index.length / 2));

        FileListing listing = ProjectFiles.list(dir);

        assertThat(listing.fromGit()).isFalse();
        assertThat(paths(listing)).containsExactly(".gitignore", "notes.txt", "src/app.py");
        assertThat(listing.gitProblem()).contains(new GitProblem(".git/index cannot be read: Short read of block.",
                "Rebuild the index from HEAD with `rm .git/index && git reset` (the work tree is kept)."));
    }

    @Test
    void walksTheDirectoryAndSaysSoWhenTheIndexIsGarbage() throws Exception {
        Files.writeString(git("index"), "not an index at all, but long enough to have a header\n");

        FileListing listing = ProjectFiles.list(dir);

        assertThat(paths(listing)).containsExactly(".gitignore", "notes.txt", "src/app.py");
        assertThat(listing.gitProblem()).map(GitProblem::problem).contains(".git/index cannot be read: Not a DIRC file.");
    }

    @Test
    void theWalkMissesWhatGitTracksThoughGitignoreMatchesItWhichIsWhyItIsReported() throws Exception {
        write(dir, "config/prod.log", "tracked on purpose");
        Files.move(dir.resolve(".gitignore"), dir.resolve("gitignore.kept")); // as `git add --force`
        try (Git git = Git.open(dir.toFile())) {
            git.add().addFilepattern("config/prod.log").call();
        }
        Files.move(dir.resolve("gitignore.kept"), dir.resolve(".gitignore"));
        assertThat(paths(ProjectFiles.list(dir))).contains("config/prod.log");
        Files.write(git("index"), new byte[0]);

        FileListing listing = ProjectFiles.list(dir);

        assertThat(paths(listing)).doesNotContain("config/prod.log");
        assertThat(listing.gitProblem()).isPresent();
    }

    @Test
    void walksTheDirectoryAndSaysSoWhenTheRepositoryFormatIsUnknown() throws Exception {
        Files.writeString(git("config"), "[core]\n\trepositoryformatversion = 9\n");

        FileListing listing = ProjectFiles.list(dir);

        assertThat(paths(listing)).containsExactly(".gitignore", "notes.txt", "src/app.py");
        assertThat(listing.gitProblem()).map(GitProblem::problem)
                .contains(".git cannot be opened: Unknown repository format \"9\"; expected \"0\".");
    }

    @Test
    void walksTheDirectoryAndSaysSoWhenTheConfigDoesNotParse() throws Exception {
        Files.writeString(git("config"), "[core\n\tbare = \n");

        FileListing listing = ProjectFiles.list(dir);

        assertThat(paths(listing)).containsExactly(".gitignore", "notes.txt", "src/app.py");
        assertThat(listing.gitProblem()).map(GitProblem::problem).hasValueSatisfying(problem ->
                assertThat(problem).startsWith(".git cannot be opened: Repository config file ").contains("invalid"));
    }

    @Test
    void walksTheDirectoryAndSaysSoWhenDotGitPointsToAMissingGitDirectory(@TempDir Path elsewhere) throws Exception {
        Path gone = elsewhere.resolve("main/.git/worktrees/feature");
        deleteRecursively(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git"), "gitdir: " + gone + "\n");

        FileListing listing = ProjectFiles.list(dir);

        assertThat(paths(listing)).containsExactly(".gitignore", "notes.txt", "src/app.py");
        assertThat(listing.gitProblem()).contains(new GitProblem(".git points to " + gone
                + ", which is not a git repository (a moved or deleted worktree or submodule)",
                "Run `git worktree prune` or `git submodule update --init` in the main repository, or remove the stale .git file."));
    }

    @Test
    void aBrokenDotGitIsReportedNotSkippedForAnEnclosingRepository() throws Exception {
        Path nested = dir.resolve("nested");
        write(nested, "lib.py", "x");
        Files.createDirectories(nested.resolve(".git"));
        Files.writeString(nested.resolve(".git/HEAD"), "garbage\n");

        FileListing listing = ProjectFiles.list(nested);

        assertThat(paths(listing)).containsExactly("lib.py");
        assertThat(listing.gitProblem()).map(GitProblem::problem).contains(".git cannot be opened: it has no objects or refs");
    }

    @Test
    void aHeadThatCannotBeReadDoesNotStopGitListingTheIndex() throws Exception {
        Files.writeString(git("HEAD"), "garbage\n");

        FileListing listing = ProjectFiles.list(dir);

        assertThat(listing.fromGit()).isTrue();
        assertThat(listing.gitProblem()).isEmpty();
        assertThat(paths(listing)).containsExactly(".gitignore", "notes.txt", "src/app.py");
    }

    @Test
    void refusesToListABareRepositoryAsIfItsObjectsWereTheProject(@TempDir Path mirrors) throws Exception {
        Path bare = mirrors.resolve("app.git");
        Git.cloneRepository().setURI(dir.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();

        assertThatThrownBy(() -> ProjectFiles.list(bare)).isInstanceOf(NoWorkTreeException.class)
                .hasMessage("DIR is a bare git repository: it has no work tree; check a clone, or use history: true for the secret gate");
        assertThat(ProjectFiles.noWorkTree(bare)).contains(RepositoryLookup.BARE);
        assertThat(ProjectFiles.noWorkTree(dir)).isEmpty();
    }

    @Test
    void refusesToListTheInsideOfAGitDirectory() throws Exception {
        Path objects = git("objects");

        assertThatThrownBy(() -> ProjectFiles.list(objects)).isInstanceOf(NoWorkTreeException.class)
                .hasMessage("DIR is inside the git directory " + git("").toRealPath() + ", which holds git's objects, "
                        + "not the project's files; check its work tree " + dir.toRealPath());
    }

    @Test
    void aHealthyRepositoryHasNoProblem() throws Exception {
        assertThat(ProjectFiles.list(dir).gitProblem()).isEqualTo(Optional.empty());
    }

    private static void deleteRecursively(Path directory) throws Exception {
        try (var entries = Files.walk(directory)) {
            for (Path entry : entries.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        }
    }
}
