package dev.mistralready.project.files;

import static dev.mistralready.project.files.TestFiles.paths;
import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(HermeticGit.class)
class ProjectFilesInGitTest {

    @TempDir
    Path dir;

    @Test
    void listsTrackedFilesWithSizesAndMarksTheListingAsFromGit() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, "README.md", "# app\n");
            write(dir, "src/app.py", "print('hi')\n");
            repo.commitAll("initial");
        }

        FileListing listing = ProjectFiles.list(dir);

        assertThat(listing.fromGit()).isTrue();
        assertThat(listing.files()).containsExactly(
                new ProjectFile("README.md", dir.toRealPath().resolve("README.md"), 6),
                new ProjectFile("src/app.py", dir.toRealPath().resolve("src/app.py"), 12));
        assertThat(listing.skipped()).isEmpty();
    }

    @Test
    void tellsOfEachListedFileOnceAsItIsFound() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, ".gitignore", "*.log\n");
            write(dir, "src/app.py", "x");
            repo.commitAll("initial");
            write(dir, "notes.txt", "untracked");
            write(dir, "debug.log", "ignored");
        }
        List<ProjectFile> told = new java.util.ArrayList<>();

        FileListing listing = ProjectFiles.list(dir, FileSelection.ALL, told::add);

        assertThat(told).containsExactlyInAnyOrderElementsOf(listing.files()).hasSize(3);
    }

    @Test
    void listsStagedAndUntrackedFilesThatAreNotIgnored() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, "committed.txt", "c");
            repo.commitAll("initial");
            write(dir, "staged.txt", "s");
            repo.add("staged.txt");
            write(dir, "untracked.txt", "u");
            write(dir, "new/dir/file.txt", "n");
        }

        assertThat(paths(ProjectFiles.list(dir)))
                .containsExactly("committed.txt", "new/dir/file.txt", "staged.txt", "untracked.txt");
    }

    @Test
    void doesNotListIgnoredFilesOrAnythingInIgnoredDirectories() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, ".gitignore", "node_modules/\n*.log\n/build\n");
            write(dir, "app.js", "x");
            repo.commitAll("initial");
            write(dir, "node_modules/left-pad/index.js", "x");
            write(dir, "debug.log", "x");
            write(dir, "src/deep/trace.log", "x");
            write(dir, "build/out.js", "x");
            write(dir, "src/build/kept.js", "x"); // /build is anchored to the root
        }

        assertThat(paths(ProjectFiles.list(dir))).containsExactly(".gitignore", "app.js", "src/build/kept.js");
    }

    @Test
    void trackedFileIsListedEvenThoughGitignoreNowMatchesIt() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, "keep.log", "tracked before the rule");
            write(dir, "dist/keep.js", "tracked before the rule");
            repo.commitAll("initial");
            write(dir, ".gitignore", "*.log\ndist/\n");
            write(dir, "other.log", "untracked, ignored");
            write(dir, "dist/new.js", "untracked, ignored");
        }

        assertThat(paths(ProjectFiles.list(dir))).containsExactly(".gitignore", "dist/keep.js", "keep.log");
    }

    @Test
    void trackedFileDeletedFromTheWorkTreeIsNotListed() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, "gone.txt", "x");
            write(dir, "gone-dir/inner.txt", "x");
            write(dir, "here.txt", "x");
            repo.commitAll("initial");
        }
        Files.delete(dir.resolve("gone.txt"));
        Files.delete(dir.resolve("gone-dir/inner.txt"));
        Files.delete(dir.resolve("gone-dir"));

        FileListing listing = ProjectFiles.list(dir);

        assertThat(paths(listing)).containsExactly("here.txt");
        assertThat(listing.skipped()).isEmpty();
    }

    @Test
    void rootInASubdirectoryListsOnlyItsFilesWithPathsRelativeToIt() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, ".gitignore", "*.tmp\n");
            write(dir, "top.txt", "x");
            write(dir, "services/api/main.py", "x");
            write(dir, "services/api/lib/util.py", "x");
            write(dir, "services/api-gateway/main.py", "x");
            write(dir, "services/web/index.js", "x");
            repo.commitAll("initial");
            write(dir, "services/api/untracked.py", "x");
            write(dir, "services/api/scratch.tmp", "ignored by the top-level .gitignore");
        }

        FileListing listing = ProjectFiles.list(dir.resolve("services/api"));

        assertThat(listing.fromGit()).isTrue();
        assertThat(paths(listing)).containsExactly("lib/util.py", "main.py", "untracked.py");
        assertThat(listing.files().get(1).absolute())
                .isEqualTo(dir.toRealPath().resolve("services/api/main.py"));
    }

    @Test
    void gitignoreInASubdirectoryAppliesBelowIt() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, "web/.gitignore", "/dist\n*.map\n");
            write(dir, "web/app.js", "x");
            repo.commitAll("initial");
            write(dir, "web/dist/bundle.js", "x");
            write(dir, "web/lib/app.js.map", "x");
            write(dir, "dist/keep.js", "x"); // /dist is anchored to web/
        }

        assertThat(paths(ProjectFiles.list(dir))).containsExactly("dist/keep.js", "web/.gitignore", "web/app.js");
    }

    @Test
    void listsANestedRepositoryThroughItsOwnIndexAndIgnoreRules() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, "main.py", "x");
            repo.commitAll("initial");
            try (TestRepository nested = TestRepository.init(dir.resolve("vendor/lib"))) {
                write(nested.directory(), ".gitignore", "*.cache\n");
                write(nested.directory(), "lib.py", "x");
                nested.commitAll("nested");
                write(nested.directory(), "untracked.py", "x");
                write(nested.directory(), "build.cache", "ignored by the nested repository");
            }
        }

        FileListing listing = ProjectFiles.list(dir);

        assertThat(paths(listing))
                .containsExactly("main.py", "vendor/lib/.gitignore", "vendor/lib/lib.py", "vendor/lib/untracked.py");
        assertThat(listing.files().get(2).absolute()).isEqualTo(dir.toRealPath().resolve("vendor/lib/lib.py"));
    }

    @Test
    void walksTheDirectoryWhenTheEnclosingRepositoryIgnoresTheRoot() throws Exception {
        // A home directory kept in git with "*" ignored must not hide every project below it.
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, ".gitignore", "*\n");
            repo.commit("initial");
        }
        Path project = dir.resolve("projects/app");
        write(project, "main.py", "x");
        write(project, ".gitignore", "*.pyc\n");
        write(project, "main.pyc", "x");

        FileListing listing = ProjectFiles.list(project);

        assertThat(listing.fromGit()).isFalse();
        assertThat(paths(listing)).containsExactly(".gitignore", "main.py");
    }

    @Test
    void pathsAndExcludeApplyToTheGitListing() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, "src/app.py", "x");
            write(dir, "src/vendor/lib.py", "x");
            write(dir, "src/poetry.lock", "x");
            write(dir, "docs/index.md", "x");
            repo.commitAll("initial");
        }

        FileListing listing = ProjectFiles.list(dir, new FileSelection(List.of("src"), List.of("src/vendor/**", "*.lock")));

        assertThat(paths(listing)).containsExactly("src/app.py");
    }
}
