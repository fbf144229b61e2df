package dev.mistralready.project.files;

import static dev.mistralready.project.files.TestFiles.paths;
import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Symbolic links are never followed, in a repository or not, so a link out of the project is never read. */
@ExtendWith(HermeticGit.class)
class ProjectFilesSymlinkTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "in git: {0}")
    @ValueSource(booleans = {true, false})
    void symlinkToAFileOutsideTheRootIsRecordedNotFollowed(boolean inGit) throws Exception {
        Path root = dir.resolve("project");
        Path outside = write(dir, "outside/credentials", "SECRET=1");
        write(root, "main.py", "x");
        link(root.resolve("creds"), outside);
        initIfAsked(inGit, root);

        FileListing listing = ProjectFiles.list(root);

        assertThat(listing.fromGit()).isEqualTo(inGit);
        assertThat(paths(listing)).containsExactly("main.py");
        assertThat(listing.skipped()).containsExactly(
                new SkippedFile("creds", SkipReason.SYMLINK, "symbolic link to " + outside + ", not followed"));
    }

    @ParameterizedTest(name = "in git: {0}")
    @ValueSource(booleans = {true, false})
    void symlinkToADirectoryIsNotEntered(boolean inGit) throws Exception {
        Path root = dir.resolve("project");
        write(dir, "elsewhere/a.py", "x");
        write(root, "src/b.py", "x");
        link(root.resolve("src/linked"), Path.of("../../elsewhere"));
        initIfAsked(inGit, root);

        FileListing listing = ProjectFiles.list(root);

        assertThat(paths(listing)).containsExactly("src/b.py");
        assertThat(listing.skipped()).extracting(SkippedFile::path, SkippedFile::reason)
                .containsExactly(tuple("src/linked", SkipReason.SYMLINK));
    }

    private static void initIfAsked(boolean inGit, Path root) throws GitAPIException {
        if (inGit) {
            try (TestRepository repo = TestRepository.init(root)) {
                repo.add("main.py", "src").commit("initial"); // the links stay untracked
            }
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("symbolic links cannot be created here: " + e);
        }
    }
}
