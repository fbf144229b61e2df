package dev.mistralready.project.files;

import static dev.mistralready.project.files.TestFiles.paths;
import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesSelectionTest {

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws Exception {
        for (String path : List.of(
                "README.md", "app.min.js", "package-lock.json", "poetry.lock",
                "src/main.py", "src/client.py", "src/web/app.min.js", "src/web/app.js",
                "src/sub/poetry.lock", "vendor/lib/x.py", "vendor.py",
                "test/fixtures/key.txt", "test/unit/test_main.py")) {
            write(dir, path, "x");
        }
    }

    @Test
    void pathsLimitTheListingToThoseFilesAndDirectories() throws Exception {
        FileListing listing = ProjectFiles.list(dir, FileSelection.paths(List.of("src/web", "./README.md", "test/")));

        assertThat(paths(listing)).containsExactly(
                "README.md", "src/web/app.js", "src/web/app.min.js", "test/fixtures/key.txt", "test/unit/test_main.py");
    }

    @Test
    void excludeDirectoryGlobsLeaveOutEverythingUnderThem() throws Exception {
        FileListing listing = ProjectFiles.list(dir, FileSelection.excluding(List.of("vendor/**", "test/fixtures/**")));

        assertThat(paths(listing)).contains("vendor.py", "test/unit/test_main.py")
                .noneMatch(path -> path.startsWith("vendor/") || path.startsWith("test/fixtures/"));
    }

    @Test
    void excludePatternWithoutASlashMatchesTheNameInAnyDirectory() throws Exception {
        FileListing listing = ProjectFiles.list(dir, FileSelection.excluding(List.of("*.lock")));

        assertThat(paths(listing)).contains("package-lock.json").doesNotContain("poetry.lock", "src/sub/poetry.lock");
    }

    @Test
    void leadingDoubleStarAlsoMatchesAtTheRoot() throws Exception {
        FileListing listing = ProjectFiles.list(dir, FileSelection.excluding(List.of("**/*.min.js")));

        assertThat(paths(listing)).contains("src/web/app.js").doesNotContain("app.min.js", "src/web/app.min.js");
    }

    @Test
    void excludePatternWithASlashIsRootedAtTheProject() throws Exception {
        FileListing listing = ProjectFiles.list(dir, FileSelection.excluding(List.of("src/*.py", "sub/")));

        assertThat(paths(listing)).doesNotContain("src/main.py", "src/client.py")
                .contains("test/unit/test_main.py", "src/sub/poetry.lock", "src/web/app.js");
    }

    @Test
    void listingIsSortedByPath() throws Exception {
        List<String> listed = paths(ProjectFiles.list(dir));

        assertThat(listed).hasSize(13).isSorted();
    }
}
