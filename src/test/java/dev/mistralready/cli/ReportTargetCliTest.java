package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.report.FifoReader;
import dev.mistralready.report.SpecialFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** `--junit`, `--json` and `baseline -o` at paths a hostile checkout can plant: pipes, links, links out. */
@DisabledOnOs(OS.WINDOWS)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReportTargetCliTest {

    private static final String GATES_PASSED = "mistral-ready: exit code 2 because a report file could not be written; "
            + "the gates alone passed (exit code 0)\n";

    private static final byte[] BASHRC = "export PATH=\"$HOME/bin:$PATH\"\n".getBytes();

    @TempDir
    Path dir;

    private Path work;
    private Path outside;

    @BeforeEach
    void layOut() throws IOException {
        work = Files.createDirectory(dir.resolve("checkout"));
        outside = Files.createDirectory(dir.resolve("home"));
    }

    private static String passing() {
        try {
            return Path.of(ReportTargetCliTest.class.getResource("/fixtures/passing").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void writesTheJunitReportThroughALinkToAFifo() throws Exception {
        Path fifo = SpecialFiles.fifo(outside.resolve("ci-log"));
        Path stdout = Files.createSymbolicLink(work.resolve("stdout"), fifo);

        CliRun run;
        String received;
        try (FifoReader reader = FifoReader.on(fifo)) {
            run = CliRun.in(work, "check", passing(), "--junit", "stdout");
            received = reader.text();
        }

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(received).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("classname=\"mistral-ready.build\"")
                .endsWith("</testsuites>\n");
        assertThat(Files.readSymbolicLink(stdout)).isEqualTo(fifo);
        assertThat(SpecialFiles.typeOf(fifo)).isEqualTo(SpecialFiles.FIFO);
    }

    @Test
    void refusesAJunitLinkOutOfTheCheckoutAndStillPrintsTheReport() throws IOException {
        Path bashrc = Files.write(outside.resolve(".bashrc"), BASHRC);
        Files.createSymbolicLink(work.resolve("report.xml"), bashrc);

        CliRun run = CliRun.in(work, "check", passing(), "--junit", "report.xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("1 passed, 0 failed");
        assertThat(run.err()).isEqualTo("mistral-ready: cannot write the report to report.xml: it is a symbolic link to "
                + bashrc + ", outside the working directory " + work + "; name " + bashrc
                + " itself if you mean to overwrite it\n" + GATES_PASSED);
        assertThat(Files.readAllBytes(bashrc)).isEqualTo(BASHRC);
        assertThat(Files.isSymbolicLink(work.resolve("report.xml"))).isTrue();
    }

    @Test
    void stillWritesTheJsonReportWhenTheJunitOneIsRefused() throws IOException {
        Files.createSymbolicLink(work.resolve("report.xml"), Path.of("build/report.xml"));

        CliRun run = CliRun.in(work, "check", passing(), "--junit", "report.xml", "--json", "report.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mistral-ready: cannot write the report to report.xml: it is a symbolic link to "
                + "build/report.xml, which does not exist; remove the link or name another file\n" + GATES_PASSED);
        assertThat(Files.readString(work.resolve("report.json"))).contains("\"id\": \"build\"");
    }

    @Test
    void refusesABaselineLinkOutOfTheProject() throws IOException {
        Files.writeString(work.resolve("checklist.yaml"), "version: 1\ngates:\n  - id: secrets\n    type: secret-scan\n");
        Path bashrc = Files.write(outside.resolve(".bashrc"), BASHRC);
        Files.createSymbolicLink(work.resolve("accepted.json"), bashrc);

        CliRun run = CliRun.in(dir, "baseline", "checkout", "-o", "accepted.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mistral-ready: cannot write the baseline to accepted.json: it is a symbolic link to "
                + bashrc + ", outside the project " + work + "; name " + bashrc + " itself if you mean to overwrite it\n");
        assertThat(Files.readAllBytes(bashrc)).isEqualTo(BASHRC);
    }

    @Test
    void writesTheBaselineThroughALinkInsideTheProject() throws IOException {
        Files.writeString(work.resolve("checklist.yaml"), "version: 1\ngates:\n  - id: secrets\n    type: secret-scan\n");
        Path real = Files.writeString(Files.createDirectory(work.resolve("security")).resolve("accepted.json"), "old");
        Path link = Files.createSymbolicLink(work.resolve("accepted.json"), Path.of("security/accepted.json"));

        CliRun run = CliRun.in(work, "baseline", "-o", "accepted.json");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(real)).contains("\"findings\": []");
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("security/accepted.json"));
    }
}
