package dev.mistralready.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheOldFileAndLeavesNoTempFileBehind() throws IOException {
        Path target = dir.resolve("report.xml");
        Files.writeString(target, "old report, longer than the new one");

        AtomicFile.replace(target, out -> out.write("new é"));

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("new é");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void createsMissingParentDirectories() throws IOException {
        Path target = dir.resolve("reports/junit/report.xml");

        AtomicFile.replace(target, out -> new JunitXmlReport(SampleReports.HOST).write(SampleReports.everyStatus(), out));

        assertThat(Files.readString(target)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(filesIn(target.getParent())).containsExactly(target);
    }

    @Test
    void keepsTheOldFileAndRemovesTheTempFileWhenWritingFails() throws IOException {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "old report");

        assertThatThrownBy(() -> AtomicFile.replace(target, out -> {
            out.write("half a rep");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old report");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aNewReportGetsTheModeTheUmaskGivesAnyNewFile() throws IOException {
        Path target = dir.resolve("report.xml");
        Path ordinary = Files.createFile(dir.resolve("made-by-any-tool.txt"));

        AtomicFile.replace(target, out -> out.write("<testsuites/>"));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aReplacedReportKeepsTheModeOfTheFileItReplaces() throws IOException {
        Path target = Files.writeString(dir.resolve("report.json"), "old report");
        Set<PosixFilePermission> groupReadable = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(target, groupReadable);

        AtomicFile.replace(target, out -> out.write("{}"));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(groupReadable);
        assertThat(Files.readString(target)).isEqualTo("{}");
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
