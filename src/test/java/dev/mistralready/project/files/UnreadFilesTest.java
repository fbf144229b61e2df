package dev.mistralready.project.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadFilesTest {

    @TempDir
    Path root;

    private UnreadFiles unread(SkippedFile... files) {
        UnreadFiles unread = new UnreadFiles(root, "rule file");
        List.of(files).forEach(unread::add);
        return unread;
    }

    private static SkippedFile link(String path) {
        return new SkippedFile(path, SkipReason.SYMLINK, "symbolic link to /x, not followed");
    }

    @Test
    void leavesTheVerdictAloneWhenEverythingWasRead() {
        Outcome verdict = Outcome.pass("all good").withDetails("read 2 files");

        assertThat(unread().limit(verdict)).isSameAs(verdict);
    }

    @Test
    void aListingGitCouldNotMakeKeepsAPassFromPassingAndSaysWhy() {
        FileListing walked = new FileListing(List.of(), List.of(), false,
                Optional.of(new GitProblem(".git/index cannot be read: Not a DIRC file.", "Rebuild the index.")));
        UnreadFiles unread = unread();
        unread.addListed(walked, path -> true, path -> true);

        Outcome limited = unread.limit(Outcome.pass("6 required alerts present").withDetails("read 1 file"));

        assertThat(limited.status()).isEqualTo(Status.WARN);
        assertThat(limited.summary()).isEqualTo("6 required alerts present; git could not list the files");
        assertThat(limited.details()).isEqualTo("listed by a plain directory walk, not by git: "
                + ".git/index cannot be read: Not a DIRC file. Rebuild the index.\nread 1 file");
    }

    @Test
    void aFailureOverWhatWasReadStaysAFailureAndSaysWhatWasNotRead() {
        Finding missing = Finding.of("MR-X-001", Severity.ERROR, "missing", "add it");
        Outcome verdict = Outcome.fail("1 problem", List.of(missing)).withDetails("read a.yml");

        Outcome limited = unread(link("b.yml"), link("c.yml")).limit(verdict);

        assertThat(limited.status()).isEqualTo(Status.FAIL);
        assertThat(limited.summary()).isEqualTo("1 problem; 2 rule files could not be read");
        assertThat(limited.findings()).containsExactly(missing);
        assertThat(limited.details()).isEqualTo("not read b.yml: symbolic link to /x, not followed\n"
                + "not read c.yml: symbolic link to /x, not followed\nread a.yml");
    }

    @Test
    void noneReadIsAnErrorOnlyWhenAFileCouldNotBeReadAtAll() {
        assertThat(UnreadFiles.noneReadStatus(List.of(SkipReason.SYMLINK, SkipReason.BINARY, SkipReason.TOO_LARGE)))
                .isEqualTo(Status.WARN);
        assertThat(UnreadFiles.noneReadStatus(List.of(SkipReason.SYMLINK, SkipReason.UNREADABLE))).isEqualTo(Status.ERROR);

        Outcome outcome = unread(link("a.yml"), new SkippedFile("b.yml", SkipReason.UNREADABLE, "permission denied"))
                .noneRead();

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).isEqualTo(
                "2 rule files found, none could be read: 1 is a symbolic link, not followed; 1 could not be read");
    }
}
