package dev.mistralready.project.files;

import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A file the project names is read only when it is a bounded regular file inside the project. */
@DisabledOnOs(OS.WINDOWS)
class ContainedFileTest {

    private static final long LIMIT = 1000;

    @TempDir
    Path dir;

    private Path root() throws Exception {
        return Files.createDirectories(dir.resolve("project"));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void readsARegularFileInsideTheProject() throws Exception {
        Path root = root();
        write(root, "conf/checklist.yaml", "version: 1\n");

        assertThat(ContainedFile.readInside(root, root.resolve("conf/checklist.yaml"), "conf/checklist.yaml", LIMIT))
                .map(ContainedFileTest::text).contains("version: 1\n");
    }

    @Test
    void followsALinkThatStaysInsideTheProject() throws Exception {
        Path root = root();
        write(root, "shared/baseline.json", "{}");
        Files.createSymbolicLink(root.resolve("baseline.json"), Path.of("shared/baseline.json"));

        assertThat(ContainedFile.readInside(root, root.resolve("baseline.json"), "baseline.json", LIMIT))
                .map(ContainedFileTest::text).contains("{}");
    }

    @Test
    void isEmptyWhenNothingIsThere() throws Exception {
        Path root = root();

        assertThat(ContainedFile.readInside(root, root.resolve("checklist.yaml"), "checklist.yaml", LIMIT)).isEmpty();
    }

    @Test
    void refusesALinkOutOfTheProjectWithoutReadingIt() throws Exception {
        Path root = root();
        Path credentials = write(dir, "home/.git-credentials", "https://me:hunter2hunter2@example.com\n");
        Files.createSymbolicLink(root.resolve("checklist.yaml"), credentials);

        assertThatThrownBy(() -> ContainedFile.readInside(root, root.resolve("checklist.yaml"), "checklist.yaml", LIMIT))
                .isInstanceOf(ContainedFile.Refused.class)
                .hasMessage("checklist.yaml resolves to " + credentials.toRealPath() + ", outside the project; "
                        + "mistral-ready reads only files inside the project it checks, so replace the link with the file itself")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void refusesAPathThatClimbsOutOfTheProject() throws Exception {
        Path root = root();
        Path outside = write(dir, "outside.json", "{}");

        assertThatThrownBy(() -> ContainedFile.readInside(root, root.resolve("../outside.json"), "../outside.json", LIMIT))
                .isInstanceOf(ContainedFile.Refused.class)
                .hasMessageStartingWith("../outside.json resolves to " + outside.toRealPath() + ", outside the project");
    }

    @Test
    void refusesADirectory() throws Exception {
        Path root = root();
        Files.createDirectories(root.resolve("checklist.yaml"));

        assertThatThrownBy(() -> ContainedFile.readInside(root, root.resolve("checklist.yaml"), "checklist.yaml", LIMIT))
                .isInstanceOf(ContainedFile.Refused.class)
                .hasMessage("checklist.yaml is a directory, not a regular file");
    }

    @Test
    void refusesADanglingLink() throws Exception {
        Path root = root();
        Files.createSymbolicLink(root.resolve("checklist.yaml"), Path.of("gone.yaml"));

        assertThatThrownBy(() -> ContainedFile.readInside(root, root.resolve("checklist.yaml"), "checklist.yaml", LIMIT))
                .isInstanceOf(ContainedFile.Refused.class)
                .hasMessage("checklist.yaml is a symbolic link to a file that does not exist");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void refusesAFifoWithoutOpeningIt() throws Exception {
        Path root = root();
        Path fifo = root.resolve("baseline.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThatThrownBy(() -> ContainedFile.readInside(root, fifo, "baseline.json", LIMIT))
                .isInstanceOf(ContainedFile.Refused.class)
                .hasMessage("baseline.json is a device, pipe or socket, not a regular file");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void refusesADeviceThatNeverEnds() throws Exception {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero));

        assertThatThrownBy(() -> ContainedFile.readRegular(zero, "/dev/zero", LIMIT))
                .isInstanceOf(ContainedFile.Refused.class)
                .hasMessage("/dev/zero is a device, pipe or socket, not a regular file");
    }

    @Test
    void refusesAFileOverTheLimitBeforeReadingIt() throws Exception {
        Path root = root();
        write(root, "baseline.json", "x".repeat((int) LIMIT + 1));

        assertThatThrownBy(() -> ContainedFile.readInside(root, root.resolve("baseline.json"), "baseline.json", LIMIT))
                .isInstanceOf(ContainedFile.Refused.class)
                .hasMessage("baseline.json is 1001 bytes, more than the 1000 B limit");
    }

    @Test
    void readsAFileTheUserNamedWhereverItIs() throws Exception {
        Path mine = write(dir, "elsewhere/checklist.yaml", "version: 1\n");

        assertThat(text(ContainedFile.readRegular(mine, "elsewhere/checklist.yaml", LIMIT))).isEqualTo("version: 1\n");
    }
}
