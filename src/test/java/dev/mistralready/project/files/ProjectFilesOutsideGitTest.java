package dev.mistralready.project.files;

import static dev.mistralready.project.files.TestFiles.paths;
import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesOutsideGitTest {

    @TempDir
    Path dir;

    @Test
    void walksEveryFileWhenThereIsNoRepository() throws Exception {
        write(dir, "main.py", "12345");
        write(dir, "pkg/mod.py", "x");

        FileListing listing = ProjectFiles.list(dir);

        assertThat(listing.fromGit()).isFalse();
        assertThat(listing.files()).containsExactly(
                new ProjectFile("main.py", dir.toRealPath().resolve("main.py"), 5),
                new ProjectFile("pkg/mod.py", dir.toRealPath().resolve("pkg/mod.py"), 1));
    }

    @Test
    void tellsOfEachListedFileOnceAsItIsFound() throws Exception {
        write(dir, ".gitignore", "*.log\n");
        write(dir, "main.py", "x");
        write(dir, "pkg/mod.py", "x");
        write(dir, "debug.log", "ignored");
        java.util.List<ProjectFile> told = new java.util.ArrayList<>();

        FileListing listing = ProjectFiles.list(dir, FileSelection.ALL, told::add);

        assertThat(told).containsExactlyInAnyOrderElementsOf(listing.files()).hasSize(3);
    }

    @Test
    void honoursTheRootGitignore() throws Exception {
        write(dir, ".gitignore", "# build output\nnode_modules/\n*.log\n/dist\n");
        write(dir, "app.js", "x");
        write(dir, "node_modules/pkg/index.js", "x");
        write(dir, "logs/today.log", "x");
        write(dir, "dist/bundle.js", "x");
        write(dir, "src/dist/kept.js", "x");

        assertThat(paths(ProjectFiles.list(dir))).containsExactly(".gitignore", "app.js", "src/dist/kept.js");
    }

    @Test
    void nestedGitignoreAppliesRelativeToItsOwnDirectory() throws Exception {
        write(dir, ".gitignore", "*.tmp\n");
        write(dir, "web/.gitignore", "/out\n*.map\n");
        write(dir, "web/app.js", "x");
        write(dir, "web/app.js.map", "x");
        write(dir, "web/out/bundle.js", "x");
        write(dir, "web/lib/cache.tmp", "x");
        write(dir, "out/kept.js", "x");
        write(dir, "api/server.js.map", "x");

        assertThat(paths(ProjectFiles.list(dir)))
                .containsExactly(".gitignore", "api/server.js.map", "out/kept.js", "web/.gitignore", "web/app.js");
    }

    @Test
    void negationReincludesAFileAndADeeperFileCanOverrideItsParent() throws Exception {
        write(dir, ".gitignore", "*.env\n!example.env\n");
        write(dir, "prod.env", "x");
        write(dir, "example.env", "x");
        write(dir, "config/.gitignore", "!local.env\n");
        write(dir, "config/local.env", "x");
        write(dir, "config/prod.env", "x");

        assertThat(paths(ProjectFiles.list(dir)))
                .containsExactly(".gitignore", "config/.gitignore", "config/local.env", "example.env");
    }

    @Test
    void fileInAnIgnoredDirectoryCannotBeReincluded() throws Exception {
        write(dir, ".gitignore", "build/\n!build/keep.txt\n");
        write(dir, "build/keep.txt", "x");

        assertThat(paths(ProjectFiles.list(dir))).containsExactly(".gitignore");
    }

    @Test
    void directoryOnlyPatternLeavesAFileOfThatNameListed() throws Exception {
        write(dir, ".gitignore", "cache/\n");
        write(dir, "cache/entry.bin", "x");
        write(dir, "lib/cache", "a file named cache");

        assertThat(paths(ProjectFiles.list(dir))).containsExactly(".gitignore", "lib/cache");
    }

    @Test
    void skipsAGitDirectoryEvenWithoutARepositoryInIt() throws Exception {
        write(dir, ".git/config", "not a repository: no HEAD, no objects");
        write(dir, "sub/.git/hooks/pre-commit", "x");
        write(dir, "sub/code.py", "x");

        FileListing listing = ProjectFiles.list(dir);

        assertThat(listing.fromGit()).isFalse();
        assertThat(paths(listing)).containsExactly("sub/code.py");
    }

    @Test
    void recordsAnUnreadableDirectoryAndGoesOn() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root reads anything").isNotEqualTo("root");
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        write(dir, "locked/secret.txt", "x");
        write(dir, "open.txt", "x");
        Path locked = dir.resolve("locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            FileListing listing = ProjectFiles.list(dir);

            assertThat(paths(listing)).containsExactly("open.txt");
            assertThat(listing.skipped()).containsExactly(
                    new SkippedFile("locked", SkipReason.UNREADABLE, "permission denied"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void rootThatIsNotADirectoryIsAnError() throws Exception {
        Path file = write(dir, "file.txt", "x");

        assertThatThrownBy(() -> ProjectFiles.list(file)).isInstanceOf(NotDirectoryException.class);
        assertThatThrownBy(() -> ProjectFiles.list(dir.resolve("missing"))).isInstanceOf(NoSuchFileException.class);
    }
}
