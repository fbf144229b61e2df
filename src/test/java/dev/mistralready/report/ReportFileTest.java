package dev.mistralready.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report paths as a hostile repository could lay them out in its checkout. /dev is never written to
 * directly: a link or a device node inside the temp dir stands in for it, so a regression replaces that.
 */
@DisabledOnOs(OS.WINDOWS)
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReportFileTest {

    private static final String REPORT = "<testsuites name=\"mistral-ready\"/>\n";

    @TempDir
    Path dir;

    private Path work;
    private Path outside;
    private LinkBoundary boundary;

    @BeforeEach
    void layOut() throws IOException {
        work = Files.createDirectory(dir.resolve("work"));
        outside = Files.createDirectory(dir.resolve("outside"));
        boundary = new LinkBoundary("the working directory", work);
    }

    private void write(Path target) throws IOException {
        ReportFile.write(target, boundary, out -> out.write(REPORT));
    }

    @Test
    void writesIntoAFifoAndLeavesItAFifo() throws Exception {
        Path fifo = SpecialFiles.fifo(work.resolve("report.pipe"));

        try (FifoReader reader = FifoReader.on(fifo)) {
            write(fifo);

            assertThat(reader.text()).isEqualTo(REPORT);
        }
        assertThat(SpecialFiles.typeOf(fifo)).isEqualTo(SpecialFiles.FIFO);
        assertThat(filesIn(work)).containsExactly(fifo);
    }

    @Test
    void writesThroughALinkToAFifoAsThroughDevStdout() throws Exception {
        Path fifo = SpecialFiles.fifo(outside.resolve("pipe"));
        Path stdout = Files.createSymbolicLink(work.resolve("stdout"), fifo);

        try (FifoReader reader = FifoReader.on(fifo)) {
            write(stdout);

            assertThat(reader.text()).isEqualTo(REPORT);
        }
        assertThat(Files.isSymbolicLink(stdout)).isTrue();
        assertThat(Files.readSymbolicLink(stdout)).isEqualTo(fifo);
        assertThat(SpecialFiles.typeOf(fifo)).isEqualTo(SpecialFiles.FIFO);
        assertThat(filesIn(work)).containsExactly(stdout);
    }

    @Test
    void writesThroughALinkToDevNullAndLeavesBothAsTheyWere() throws IOException {
        Path devNull = Path.of("/dev/null");
        Path link = Files.createSymbolicLink(work.resolve("null"), devNull);

        write(link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(devNull);
        BasicFileAttributes device = Files.readAttributes(devNull, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        assertThat(device.isRegularFile()).isFalse();
        assertThat(device.isOther()).isTrue();
        assertThat(SpecialFiles.typeOf(devNull)).isEqualTo(SpecialFiles.CHARACTER_DEVICE);
        assertThat(filesIn(work)).containsExactly(link);
    }

    @Test
    void writesIntoACharacterDeviceAndLeavesItADevice() throws Exception {
        Path devNull = work.resolve("null");
        assumeTrue(SpecialFiles.device(devNull, 'c', 1, 3), "mknod needs root");

        write(devNull);

        assertThat(SpecialFiles.typeOf(devNull)).isEqualTo(SpecialFiles.CHARACTER_DEVICE);
        assertThat(filesIn(work)).containsExactly(devNull);
    }

    @Test
    void refusesALinkToADeviceOtherThanNullOrATerminal() throws Exception {
        Path zero = outside.resolve("zero"); // /dev/zero's numbers: harmless to write, should the refusal regress
        assumeTrue(SpecialFiles.device(zero, 'c', 1, 5), "mknod needs root");
        Path link = Files.createSymbolicLink(work.resolve("report.xml"), zero);

        assertThatThrownBy(() -> write(link))
                .isInstanceOf(RefusedReportTarget.class)
                .hasMessage("it is a symbolic link to " + zero + ", a device other than /dev/null or a terminal; "
                        + "name a regular file instead, or the device itself if you mean it");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(SpecialFiles.typeOf(zero)).isEqualTo(SpecialFiles.CHARACTER_DEVICE);
    }

    @Test
    void writesThroughALinkToATerminalNode() throws Exception {
        Path terminal = outside.resolve("tty");
        assumeTrue(SpecialFiles.device(terminal, 'c', 5, 0), "mknod needs root");
        Path link = Files.createSymbolicLink(work.resolve("report.xml"), terminal);

        assertThat(ReportTarget.of(link, boundary).mode()).isEqualTo(ReportTarget.Mode.STREAM);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void replacesTheTargetOfALinkInsideTheBoundaryAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(Files.createDirectory(work.resolve("reports")).resolve("junit.xml"), "old");
        Path link = Files.createSymbolicLink(work.resolve("report.xml"), Path.of("reports/junit.xml"));

        write(link);

        assertThat(Files.readString(real)).isEqualTo(REPORT);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("reports/junit.xml"));
        assertThat(filesIn(work.resolve("reports"))).containsExactly(real);
    }

    @Test
    void refusesALinkToAFileOutsideTheBoundaryAndLeavesThatFileAlone() throws IOException {
        byte[] bashrc = "alias ls='ls --color'\n".getBytes();
        Path outsideFile = Files.write(outside.resolve(".bashrc"), bashrc);
        Path link = Files.createSymbolicLink(work.resolve("report.xml"), outsideFile);

        assertThatThrownBy(() -> write(link)).isInstanceOf(RefusedReportTarget.class)
                .hasMessage("it is a symbolic link to " + outsideFile.toRealPath() + ", outside the working directory "
                        + work + "; name " + outsideFile.toRealPath() + " itself if you mean to overwrite it");

        assertThat(Files.readAllBytes(outsideFile)).isEqualTo(bashrc);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(filesIn(outside)).containsExactly(outsideFile);
    }

    @Test
    void refusesALinkedDirectoryThatLeadsOutOfTheBoundary() throws IOException {
        Path out = Files.createSymbolicLink(work.resolve("out"), outside);

        assertThatThrownBy(() -> write(out.resolve("report.xml"))).isInstanceOf(RefusedReportTarget.class)
                .hasMessage("a symbolic link on the way leads it to " + outside.toRealPath().resolve("report.xml")
                        + ", outside the working directory " + work + "; name "
                        + outside.toRealPath().resolve("report.xml") + " itself if you mean to write there");

        assertThat(filesIn(outside)).isEmpty();
    }

    @Test
    void writesAPathOutsideTheBoundaryThatIsNoLink() throws IOException {
        Path elsewhere = outside.resolve("ci/report.xml");

        write(elsewhere);

        assertThat(Files.readString(elsewhere)).isEqualTo(REPORT);
    }

    @Test
    void refusesADanglingLink() throws IOException {
        Path link = Files.createSymbolicLink(work.resolve("report.xml"), Path.of("gone.xml"));

        assertThatThrownBy(() -> write(link)).isInstanceOf(RefusedReportTarget.class)
                .hasMessage("it is a symbolic link to gone.xml, which does not exist; remove the link or name another file");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(filesIn(work)).containsExactly(link);
    }

    @Test
    void refusesADirectoryAndALinkToOne() throws IOException {
        Path reports = Files.createDirectory(work.resolve("reports"));
        Path link = Files.createSymbolicLink(work.resolve("latest"), Path.of("reports"));

        assertThatThrownBy(() -> write(reports)).isInstanceOf(RefusedReportTarget.class)
                .hasMessage("it is a directory; name a file inside it instead");
        assertThatThrownBy(() -> write(link)).isInstanceOf(RefusedReportTarget.class)
                .hasMessage("it is a symbolic link to reports, a directory; name a file inside it instead");

        assertThat(filesIn(reports)).isEmpty();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void refusesABlockDevice() throws Exception {
        Path disk = work.resolve("disk");
        // major 120 is reserved for local use, so no real disk answers to this node
        assumeTrue(SpecialFiles.device(disk, 'b', 120, 0), "mknod needs root");

        assertThatThrownBy(() -> write(disk)).isInstanceOf(RefusedReportTarget.class)
                .hasMessage("it is a block device, and a report is never written onto a disk; name a regular file instead");

        assertThat(SpecialFiles.typeOf(disk)).isEqualTo(SpecialFiles.BLOCK_DEVICE);
        assertThat(filesIn(work)).containsExactly(disk);
    }

    @Test
    void refusesAPathUnderAFile() throws IOException {
        Path file = Files.writeString(work.resolve("plain-file"), "not a directory");

        assertThatThrownBy(() -> write(file.resolve("report.xml"))).isInstanceOf(RefusedReportTarget.class)
                .hasMessage(file + " is not a directory, so nothing can be written inside it; choose another path");
    }

    @Test
    void replacesARegularFileWholeAndLeavesNoTempFile() throws IOException {
        Path target = Files.writeString(work.resolve("report.xml"), "an older, longer report than the new one");

        write(target);

        assertThat(Files.readString(target)).isEqualTo(REPORT);
        assertThat(Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(filesIn(work)).containsExactly(target);
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
