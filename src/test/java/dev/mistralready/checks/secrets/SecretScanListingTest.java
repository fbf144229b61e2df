package dev.mistralready.checks.secrets;

import static dev.mistralready.project.files.TestFiles.latin1;
import static dev.mistralready.project.files.TestFiles.write;
import static dev.mistralready.project.files.TestFiles.writeRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import dev.mistralready.project.files.HermeticGit;
import dev.mistralready.project.files.TestRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The secret gate reads every file the listing finds, and never passes over one in silence. */
@ExtendWith(HermeticGit.class)
class SecretScanListingTest {

    @TempDir
    Path dir;

    private final Keys keys = new Keys(47);

    private Outcome scan(Path project) throws Exception {
        return new SecretScanCheck().run(SecretScanOptions.defaults(),
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private String leak() {
        return "MISTRAL_API_KEY = \"" + keys.mistral() + "\"\n";
    }

    @Test
    void findsKeysInTrackedFilesWhoseNamesAreNotUtf8() throws Exception {
        writeRaw(dir, latin1("caf\u00e9.py"), leak());
        writeRaw(dir, latin1("dir\u00ff/x.py"), "\n" + leak());
        try (TestRepository repo = TestRepository.init(dir)) {
            repo.addRaw(latin1("caf\u00e9.py")).addRaw(latin1("dir\u00ff/x.py")).commit("initial");
        }

        Outcome outcome = scan(dir);

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-SEC-001", new Location("caf\\xe9.py", 1, 20)),
                        tuple("MR-SEC-001", new Location("dir\\xff/x.py", 2, 20)));
    }

    @Test
    void failsOnAKeyInACheckedOutSubmoduleAtItsPathBelowTheProject() throws Exception {
        Path library = dir.resolve("library");
        try (TestRepository repo = TestRepository.init(library)) {
            write(library, "src/client.py", "import os\n\n" + leak());
            repo.commitAll("library");
        }
        Path project = dir.resolve("project");
        try (TestRepository repo = TestRepository.init(project)) {
            write(project, "main.py", "print('clean')\n");
            repo.addSubmodule("vendor/library", library.toUri().toString()).commitAll("initial");
        }

        Outcome outcome = scan(project);

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-SEC-001", new Location("vendor/library/src/client.py", 3, 20)));
        assertThat(outcome.summary()).startsWith("1 secret in 3 files, ");
    }

    @Test
    void anUnreadableEntryMakesACleanScanAWarningThatNamesIt() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            write(dir, "main.py", "print('clean')\n");
            repo.commitAll("initial");
        }
        write(dir, "broken/.git", "gitdir: " + dir.resolve("nowhere"));
        write(dir, "broken/code.py", leak());

        Outcome outcome = scan(dir);

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).startsWith("no secrets in 1 file, ").endsWith("; 1 skipped: 1 unreadable");
        assertThat(outcome.details()).startsWith("unreadable: broken (a git repository that could not be read: ");
    }

    @Test
    void aScanThatCouldReadNoFileIsAnErrorNotAPass() throws Exception {
        TestRepository.init(dir).close();
        write(dir, "broken/.git", "gitdir: " + dir.resolve("nowhere"));
        write(dir, "broken/code.py", leak());

        Outcome outcome = scan(dir);

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).isEqualTo("no secrets in 0 files, 0 B; 1 skipped: 1 unreadable");
    }

    @Test
    void aScanWhoseEveryFileWasSkippedWarns() throws Exception {
        java.nio.file.Files.write(dir.resolve("model.bin"), new byte[] {'k', 0, 'y'});

        Outcome outcome = scan(dir);

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("no secrets in 0 files, 0 B; 1 skipped: 1 binary");
    }
}
