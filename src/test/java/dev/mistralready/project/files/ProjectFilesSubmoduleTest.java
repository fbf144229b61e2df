package dev.mistralready.project.files;

import static dev.mistralready.project.files.TestFiles.paths;
import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A checked-out submodule's code ships with the project, so the listing holds its files. */
@ExtendWith(HermeticGit.class)
class ProjectFilesSubmoduleTest {

    @TempDir
    Path dir;

    private String library(String name, String... files) throws Exception {
        Path library = dir.resolve(name);
        try (TestRepository repo = TestRepository.init(library)) {
            for (String file : files) {
                write(library, file, "x");
            }
            repo.commitAll("library");
        }
        return library.toUri().toString();
    }

    @Test
    void listsACheckedOutSubmodulesTrackedAndUntrackedFilesUnderItsPath() throws Exception {
        String url = library("lib", ".gitignore", "lib.py", "pkg/util.py");
        Files.writeString(dir.resolve("lib/.gitignore"), "*.cache\n");
        try (Git lib = Git.open(dir.resolve("lib").toFile())) {
            lib.add().addFilepattern(".gitignore").call();
            lib.commit().setMessage("ignore caches").setSign(false).call();
        }
        Path project = dir.resolve("project");
        try (TestRepository repo = TestRepository.init(project)) {
            write(project, "main.py", "x");
            repo.addSubmodule("vendor/lib", url).commitAll("initial");
        }
        write(project, "vendor/lib/untracked.py", "x");
        write(project, "vendor/lib/build.cache", "ignored by the submodule's .gitignore");

        FileListing listing = ProjectFiles.list(project);

        assertThat(paths(listing)).containsExactly(".gitmodules", "main.py", "vendor/lib/.gitignore",
                "vendor/lib/lib.py", "vendor/lib/pkg/util.py", "vendor/lib/untracked.py");
        assertThat(listing.files().get(3).absolute()).isEqualTo(project.toRealPath().resolve("vendor/lib/lib.py"));
        assertThat(listing.skipped()).isEmpty();
    }

    @Test
    void listsNestedSubmodulesAndHonoursPathsAndExcludeInside() throws Exception {
        String inner = library("inner", "deep.py");
        Path outer = dir.resolve("outer");
        try (TestRepository repo = TestRepository.init(outer)) {
            write(outer, "outer.py", "x");
            write(outer, "skip.lock", "x");
            repo.addSubmodule("inner", inner).commitAll("outer");
        }
        Path project = dir.resolve("project");
        try (TestRepository repo = TestRepository.init(project)) {
            write(project, "main.py", "x");
            repo.addSubmodule("sub", outer.toUri().toString()).commitAll("initial");
        }
        try (Git sub = Git.open(project.resolve("sub").toFile())) {
            sub.submoduleInit().call();
            sub.submoduleUpdate().call();
        }

        assertThat(paths(ProjectFiles.list(project)))
                .containsExactly(".gitmodules", "main.py", "sub/.gitmodules", "sub/inner/deep.py", "sub/outer.py", "sub/skip.lock");
        assertThat(paths(ProjectFiles.list(project, new FileSelection(List.of("sub"), List.of("*.lock")))))
                .containsExactly("sub/.gitmodules", "sub/inner/deep.py", "sub/outer.py");
    }

    @Test
    void anUninitialisedSubmoduleHasNothingToList() throws Exception {
        String url = library("lib", "lib.py");
        Path origin = dir.resolve("origin");
        try (TestRepository repo = TestRepository.init(origin)) {
            write(origin, "main.py", "x");
            repo.addSubmodule("lib", url).commitAll("initial");
        }
        Path clone = dir.resolve("clone");
        Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile()).call().close();

        FileListing listing = ProjectFiles.list(clone);

        assertThat(Files.isDirectory(clone.resolve("lib"))).isTrue();
        assertThat(paths(listing)).containsExactly(".gitmodules", "main.py");
        assertThat(listing.skipped()).isEmpty();
    }

    @Test
    void aNestedRepositoryThatCannotBeOpenedIsReportedNotDropped() throws Exception {
        Path project = dir.resolve("project");
        try (TestRepository repo = TestRepository.init(project)) {
            write(project, "main.py", "x");
            repo.commitAll("initial");
        }
        write(project, "broken/.git", "gitdir: " + dir.resolve("nowhere"));
        write(project, "broken/code.py", "x");

        FileListing listing = ProjectFiles.list(project);

        assertThat(paths(listing)).containsExactly("main.py");
        assertThat(listing.skipped()).extracting(SkippedFile::path, SkippedFile::reason)
                .containsExactly(tuple("broken", SkipReason.UNREADABLE));
        assertThat(listing.skipped().get(0).detail()).startsWith("a git repository that could not be read: ");
    }
}
