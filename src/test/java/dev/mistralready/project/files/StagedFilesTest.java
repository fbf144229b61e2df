package dev.mistralready.project.files;

import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(HermeticGit.class)
class StagedFilesTest {

    @TempDir
    Path dir;

    private static List<String> paths(StagedListing listing) {
        return listing.files().stream().map(StagedFile::path).toList();
    }

    private static String staged(StagedListing listing, String path) {
        StagedFile file = listing.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
        return new String(((FileContent.Bytes) listing.read(file, 1 << 20)).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void listsAddedAndModifiedFilesButNotUnchangedDeletedOrUnstagedOnes() throws Exception {
        write(dir, "same.txt", "same\n");
        write(dir, "changed.txt", "old\n");
        write(dir, "gone.txt", "gone\n");
        write(dir, "edited-not-added.txt", "old\n");
        try (TestRepository repo = TestRepository.init(dir); Git git = Git.open(dir.toFile())) {
            repo.commitAll("initial");
            write(dir, "changed.txt", "new\n");
            write(dir, "src/added.txt", "added\n");
            git.rm().addFilepattern("gone.txt").call();
            repo.add("changed.txt", "src/added.txt");
            write(dir, "edited-not-added.txt", "new\n");
            write(dir, "untracked.txt", "untracked\n");
        }

        try (StagedListing listing = StagedFiles.list(dir, FileSelection.ALL, Optional.empty())) {
            assertThat(paths(listing)).containsExactly("changed.txt", "src/added.txt");
            assertThat(listing.stagedCount()).isEqualTo(2);
            assertThat(listing.beforeFirstCommit()).isFalse();
        }
    }

    @Test
    void readsTheTemporaryIndexThatGitCommitAllNamesInGitIndexFile() throws Exception {
        write(dir, "a.txt", "a\n");
        try (TestRepository repo = TestRepository.init(dir); Git git = Git.open(dir.toFile())) {
            repo.commitAll("initial");
            write(dir, "a.txt", "changed, committed with -a\n");
            repo.add("a.txt");
            // what `git commit -a` hands its hooks: a temporary index holding the change, the real one not
            Files.copy(dir.resolve(".git/index"), dir.resolve(".git/next-index-7.lock"));
            git.reset().addPath("a.txt").call();
        }

        try (StagedListing plain = StagedFiles.list(dir, FileSelection.ALL, Optional.empty());
                StagedListing relative = StagedFiles.list(dir, FileSelection.ALL, Optional.of(".git/next-index-7.lock"));
                StagedListing absolute = StagedFiles.list(dir, FileSelection.ALL,
                        Optional.of(dir.resolve(".git/next-index-7.lock").toString()))) {
            assertThat(paths(plain)).isEmpty();
            assertThat(paths(relative)).containsExactly("a.txt");
            assertThat(staged(absolute, "a.txt")).isEqualTo("changed, committed with -a\n");
        }
    }

    @Test
    void refusesAGitIndexFileOutsideTheGitDirectoryOrMissing() throws Exception {
        write(dir, "project/a.txt", "a\n");
        Path project = dir.resolve("project");
        try (TestRepository repo = TestRepository.init(project)) {
            repo.add("a.txt");
        }
        Path elsewhere = Files.copy(project.resolve(".git/index"), dir.resolve("elsewhere-index"));

        assertThatThrownBy(() -> StagedFiles.list(project, FileSelection.ALL, Optional.of(elsewhere.toString())))
                .isInstanceOf(StagedFiles.Unavailable.class).hasMessageContaining("outside the repository's git directory");
        assertThatThrownBy(() -> StagedFiles.list(project, FileSelection.ALL, Optional.of(".git/missing.lock")))
                .isInstanceOf(StagedFiles.Unavailable.class).hasMessageContaining("which is not a file");
    }

    @Test
    void readsTheStagedContentNotTheWorkTreeFile() throws Exception {
        write(dir, "a.txt", "staged\n");
        try (TestRepository repo = TestRepository.init(dir)) {
            repo.add("a.txt");
        }
        write(dir, "a.txt", "edited after git add\n");

        try (StagedListing listing = StagedFiles.list(dir, FileSelection.ALL, Optional.empty())) {
            assertThat(staged(listing, "a.txt")).isEqualTo("staged\n");
        }
    }

    @Test
    void beforeTheFirstCommitEveryIndexEntryIsStaged() throws Exception {
        write(dir, "a.txt", "a\n");
        write(dir, "b/c.txt", "c\n");
        try (TestRepository repo = TestRepository.init(dir)) {
            repo.add(".");
        }

        try (StagedListing listing = StagedFiles.list(dir, FileSelection.ALL, Optional.empty())) {
            assertThat(paths(listing)).containsExactly("a.txt", "b/c.txt");
            assertThat(listing.beforeFirstCommit()).isTrue();
        }
    }

    @Test
    void honoursPathsAndExcludeAndCountsWhatTheyLeaveOut() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, "README.md", "readme\n");
            repo.commitAll("initial");
            write(dir, "src/app.py", "app\n");
            write(dir, "src/vendor/lib.py", "lib\n");
            write(dir, "src/app.min.js", "min\n");
            write(dir, "docs/guide.md", "guide\n");
            repo.add(".");
        }

        try (StagedListing listing = StagedFiles.list(dir, new FileSelection(List.of("src"), List.of("src/vendor/**", "*.min.js")), Optional.empty())) {
            assertThat(paths(listing)).containsExactly("src/app.py");
            assertThat(listing.stagedCount()).isEqualTo(4);
        }
    }

    @Test
    void aSubdirectoryProjectSeesOnlyItsOwnStagedFilesWithPathsRelativeToIt() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, "README.md", "readme\n");
            repo.commitAll("initial");
            write(dir, "service/src/app.py", "app\n");
            write(dir, "other/x.py", "x\n");
            repo.add(".");
        }

        try (StagedListing listing = StagedFiles.list(dir.resolve("service"), FileSelection.ALL, Optional.empty())) {
            assertThat(paths(listing)).containsExactly("src/app.py");
            assertThat(listing.stagedCount()).isEqualTo(1);
        }
    }

    @Test
    void aStagedSymbolicLinkIsSkippedNotFollowed() throws Exception {
        write(dir, "target.txt", "t\n");
        Files.createSymbolicLink(dir.resolve("link"), Path.of("target.txt"));
        try (TestRepository repo = TestRepository.init(dir)) {
            repo.add(".");
        }

        try (StagedListing listing = StagedFiles.list(dir, FileSelection.ALL, Optional.empty())) {
            assertThat(paths(listing)).containsExactly("target.txt");
            assertThat(listing.skipped()).extracting(SkippedFile::path, SkippedFile::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("link", SkipReason.SYMLINK));
        }
    }

    @Test
    void aBinaryStagedBlobIsSkippedAsBinary() throws Exception {
        write(dir, "image.bin", new byte[] {1, 2, 0, 3});
        try (TestRepository repo = TestRepository.init(dir)) {
            repo.add(".");
        }

        try (StagedListing listing = StagedFiles.list(dir, FileSelection.ALL, Optional.empty())) {
            FileContent content = listing.read(listing.files().get(0), 1 << 20);
            assertThat(content).isInstanceOfSatisfying(FileContent.Skipped.class,
                    skipped -> assertThat(skipped.skipped().reason()).isEqualTo(SkipReason.BINARY));
        }
    }

    @Test
    void outsideGitThereIsNoIndexToRead() throws Exception {
        write(dir, "a.txt", "a\n");

        assertThatThrownBy(() -> StagedFiles.list(dir, FileSelection.ALL, Optional.empty()))
                .isInstanceOf(StagedFiles.Unavailable.class)
                .hasMessageContaining("is not in a git work tree");
    }
}
