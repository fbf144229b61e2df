package dev.mistralready.project.files;

import static dev.mistralready.project.files.TestFiles.latin1;
import static dev.mistralready.project.files.TestFiles.paths;
import static dev.mistralready.project.files.TestFiles.write;
import static dev.mistralready.project.files.TestFiles.writeRaw;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name need not be UTF-8 (here Latin-1 bytes): such a file is listed, readable, and shown with
 * each byte that is not UTF-8 as {@code \xNN}, in git and outside it alike.
 */
@ExtendWith(HermeticGit.class)
class ProjectFilesNativeNamesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "in git: {0}")
    @ValueSource(booleans = {true, false})
    void listsFilesWhoseNamesAreNotUtf8AndShowsTheBytesEscaped(boolean inGit) throws Exception {
        writeRaw(dir, latin1("caf\u00e9.py"), "12345");
        writeRaw(dir, latin1("dir\u00ff/x.py"), "123");
        write(dir, "caf\u00e9-utf8.py", "1");
        if (inGit) {
            try (TestRepository repo = TestRepository.init(dir)) {
                repo.addRaw(latin1("caf\u00e9.py")).addRaw(latin1("dir\u00ff/x.py")).add("caf\u00e9-utf8.py").commit("initial");
            }
        }

        FileListing listing = ProjectFiles.list(dir);

        assertThat(listing.fromGit()).isEqualTo(inGit);
        assertThat(paths(listing)).containsExactly("caf\\xe9.py", "caf\u00e9-utf8.py", "dir\\xff/x.py");
        assertThat(listing.files()).extracting(ProjectFile::size).containsExactly(5L, 1L, 3L);
        assertThat(listing.files()).allSatisfy(file -> assertThat(Files.size(file.absolute())).isEqualTo(file.size()));
        assertThat(listing.skipped()).isEmpty();
    }

    @Test
    void listsUntrackedFilesWhoseNamesAreNotUtf8AndUntrackedFilesInTrackedDirectoriesSoNamed() throws Exception {
        writeRaw(dir, latin1("dir\u00ff/tracked.py"), "t");
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, ".gitignore", "*.log\n");
            repo.add(".gitignore").addRaw(latin1("dir\u00ff/tracked.py")).commit("initial");
        }
        writeRaw(dir, latin1("dir\u00ff/untracked.py"), "u");
        writeRaw(dir, latin1("un\u00e8.py"), "u");
        writeRaw(dir, latin1("new\u00fe/y.py"), "u");
        writeRaw(dir, latin1("new\u00fe/debug.log"), "ignored by the top .gitignore");
        writeRaw(dir, latin1("ignored\u00e9.log"), "ignored");

        FileListing listing = ProjectFiles.list(dir);

        assertThat(paths(listing)).containsExactly(
                ".gitignore", "dir\\xff/tracked.py", "dir\\xff/untracked.py", "new\\xfe/y.py", "un\\xe8.py");
        assertThat(listing.skipped()).isEmpty();
    }

    @Test
    void aTrackedFileThatIsGoneIsNotListedWhateverItsName() throws Exception {
        Path gone = writeRaw(dir, latin1("gone\u00e9.py"), "x");
        try (TestRepository repo = TestRepository.init(dir)) {
            repo.addRaw(latin1("gone\u00e9.py")).commit("initial");
        }
        Files.delete(gone);

        FileListing listing = ProjectFiles.list(dir);

        assertThat(listing.files()).isEmpty();
        assertThat(listing.skipped()).isEmpty();
    }
}
