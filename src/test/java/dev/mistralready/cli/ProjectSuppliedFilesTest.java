package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.checks.secrets.Keys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run as a hostile repository would: the checklist and the baseline come with the project, and a
 * link from either to a file outside it is refused with nothing of the target printed.
 */
@DisabledOnOs(OS.WINDOWS)
class ProjectSuppliedFilesTest {

    private static final String SECRET_SCAN = "version: 1\ngates:\n  - {id: secrets, type: secret-scan}\n";

    @TempDir
    Path work;

    private final Keys keys = new Keys(20);

    private Path project() throws Exception {
        return Files.createDirectories(work.resolve("project"));
    }

    /** What a user's home holds: a token and a password, none of which may be printed. */
    private Path credentialsOutside(String token) throws Exception {
        Path home = Files.createDirectories(work.resolve("home"));
        return Files.writeString(home.resolve(".git-credentials"), token + "\nhttps://me:" + token + "@git.example.com\n");
    }

    private static String everything(CliRun run, Path... reports) throws Exception {
        StringBuilder text = new StringBuilder(run.out()).append(run.err());
        for (Path report : reports) {
            text.append(Files.readString(report));
        }
        return text.toString();
    }

    @Test
    void aChecklistLinkedOutOfTheProjectIsRefused() throws Exception {
        String token = keys.github();
        Path credentials = credentialsOutside(token);
        Files.createSymbolicLink(project().resolve("checklist.yaml"), credentials);

        CliRun run = CliRun.in(work, "check", "project");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("mistral-ready: cannot use the checklist: project/checklist.yaml resolves to "
                + credentials.toRealPath() + ", outside the project; mistral-ready reads only files inside the project "
                + "it checks, so replace the link with the file itself" + System.lineSeparator());
        assertThat(run.err()).doesNotContain(token.substring(4));
    }

    @Test
    void aChecklistOutsideTheProjectThatTheUserNamesIsRead() throws Exception {
        Files.writeString(project().resolve("README.md"), "# project\n");
        Path mine = Files.writeString(work.resolve("mine.yaml"), "version: 1\ngates:\n  - {id: ok, type: command, with: {run: 'true'}}\n");

        CliRun run = CliRun.in(work, "check", "project", "-c", mine.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 passed");
    }

    @Test
    void aChecklistThatIsNotAChecklistIsQuotedShortAndRedacted() throws Exception {
        String key = keys.mistral();
        Files.writeString(project().resolve("checklist.yaml"),
                "MISTRAL_API_KEY=" + key + "\nDATABASE_PASSWORD=correct-horse-battery-staple\n");

        CliRun run = CliRun.in(work, "check", "project");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("project/checklist.yaml:1:1: a checklist is a mapping with `version: 1` and "
                + "`gates:`, but this is `MISTRAL_API_KEY=" + key.substring(0, 4) + "…(32 chars) DATABASE…`"
                + System.lineSeparator());
        assertThat(run.err()).doesNotContain(key).doesNotContain("horse");
    }

    @Test
    void anOversizedChecklistIsRefusedBeforeItIsParsed() throws Exception {
        Files.writeString(project().resolve("checklist.yaml"), "version: 1\n# " + "x".repeat(1024 * 1024) + "\n");

        CliRun run = CliRun.in(work, "check", "project");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("mistral-ready: cannot use the checklist: project/checklist.yaml is 1048590 "
                + "bytes, more than the 1 MiB limit");
    }

    @Test
    void aBaselineLinkedOutOfTheProjectIsAnErrorThatPrintsNothingOfItsTarget() throws Exception {
        String token = keys.github();
        Path credentials = credentialsOutside(token);
        Path project = project();
        Files.writeString(project.resolve("checklist.yaml"), SECRET_SCAN);
        Files.createSymbolicLink(project.resolve(".mistral-ready-baseline.json"), credentials);

        CliRun run = CliRun.in(work, "check", "project", "--junit", "report.xml", "--json", "report.json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("(?m)^ERROR  secrets ")
                .contains("baseline file .mistral-ready-baseline.json resolves to " + credentials.toRealPath()
                        + ", outside the project");
        assertThat(everything(run, work.resolve("report.xml"), work.resolve("report.json")))
                .doesNotContain(token.substring(4)).doesNotContain(token.substring(0, 12));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aBaselineLinkedToADeviceIsRefusedWithoutReadingIt() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path project = project();
        Files.writeString(project.resolve("checklist.yaml"),
                "version: 1\ngates:\n  - {id: secrets, type: secret-scan, with: {baseline: accepted.json}}\n");
        Files.createSymbolicLink(project.resolve("accepted.json"), Path.of("/dev/zero"));

        CliRun run = CliRun.in(work, "check", "project");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("(?m)^ERROR  secrets ")
                .contains("baseline file accepted.json resolves to /dev/zero, outside the project");
    }

    @Test
    void aBaselineOptionThatClimbsOutOfTheProjectIsRefused() throws Exception {
        String token = keys.github();
        Path credentials = credentialsOutside(token);
        Path project = project();
        Files.writeString(project.resolve("checklist.yaml"),
                "version: 1\ngates:\n  - {id: secrets, type: secret-scan, with: {baseline: ../home/.git-credentials}}\n");

        CliRun run = CliRun.in(work, "check", "project");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("baseline file ../home/.git-credentials resolves to " + credentials.toRealPath()
                + ", outside the project").doesNotContain(token.substring(4));
    }
}
