package dev.mistralready.project.files;

import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    private static final long ONE_MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void readsTextAsUtf8() throws Exception {
        ProjectFile file = listed("app.py", "model = \"mistral-large\"  # é\n".getBytes(StandardCharsets.UTF_8));

        assertThat(TextFiles.read(file, ONE_MIB)).isEqualTo(new FileContent.Text(file, "model = \"mistral-large\"  # é\n"));
    }

    @Test
    void stripsAUtf8ByteOrderMark() throws Exception {
        ProjectFile file = listed("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'});

        assertThat(text(TextFiles.read(file, ONE_MIB))).isEqualTo("hi");
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() throws Exception {
        ProjectFile file = listed("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, '!'});

        assertThat(text(TextFiles.read(file, ONE_MIB))).isEqualTo("caf\uFFFD!");
    }

    @Test
    void nulByteInTheFirst8000BytesMeansBinary() throws Exception {
        byte[] bytes = new byte[8000];
        Arrays.fill(bytes, (byte) 'a');
        bytes[7999] = 0;
        ProjectFile file = listed("image.png", bytes);

        assertThat(TextFiles.read(file, ONE_MIB)).isEqualTo(
                new FileContent.Skipped(new SkippedFile("image.png", SkipReason.BINARY, "binary content (NUL byte)")));
    }

    @Test
    void nulByteAfterTheFirst8000BytesStillReadsAsText() throws Exception {
        byte[] bytes = new byte[8001];
        Arrays.fill(bytes, (byte) 'a');
        bytes[8000] = 0;

        assertThat(TextFiles.read(listed("late-nul.txt", bytes), ONE_MIB)).isInstanceOf(FileContent.Text.class);
    }

    @Test
    void findsANulByteAtEveryPlaceOfShortTextsAndNoneWhereThereIsNone() {
        java.util.Random random = new java.util.Random(5);
        for (int length = 0; length <= 40; length++) {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) (1 + random.nextInt(255)); // any byte but NUL, high bytes included
            }
            assertThat(TextFiles.isBinary(bytes)).as("no NUL in %d bytes", length).isFalse();
            for (int at = 0; at < length; at++) {
                byte[] withNul = bytes.clone();
                withNul[at] = 0;
                assertThat(TextFiles.isBinary(withNul)).as("NUL at %d of %d", at, length).isTrue();
            }
        }
    }

    @Test
    void fileOverTheLimitIsTooLargeAndNotOpened() {
        // The path does not exist: had the reader opened it, the result would be UNREADABLE.
        ProjectFile file = new ProjectFile("big.json", dir.resolve("no-such-file"), 2_411_725);

        assertThat(TextFiles.read(file, ONE_MIB)).isEqualTo(
                new FileContent.Skipped(new SkippedFile("big.json", SkipReason.TOO_LARGE, "2.3 MiB > 1 MiB limit")));
    }

    @Test
    void fileLargerThanAnArrayHoldsIsTooLargeWhateverTheLimit() throws Exception {
        ProjectFile file = listed("huge.bin", new byte[0]);
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.absolute().toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024); // sparse: nothing is written
        }

        FileContent content = TextFiles.read(file, 4L * 1024 * 1024 * 1024);

        assertThat(content).isInstanceOf(FileContent.Skipped.class);
        assertThat(((FileContent.Skipped) content).skipped().reason()).isEqualTo(SkipReason.TOO_LARGE);
    }

    @Test
    void fileThatGrewPastTheLimitSinceListingIsTooLarge() throws Exception {
        ProjectFile file = listed("growing.log", "small".getBytes(StandardCharsets.UTF_8));
        Files.writeString(file.absolute(), "x".repeat(2048));

        assertThat(TextFiles.read(file, 1024)).isEqualTo(
                new FileContent.Skipped(new SkippedFile("growing.log", SkipReason.TOO_LARGE, "2 KiB > 1 KiB limit")));
    }

    @Test
    void fileDeletedAfterListingIsUnreadable() throws Exception {
        ProjectFile file = listed("gone.txt", new byte[] {'x'});
        Files.delete(file.absolute());

        assertThat(TextFiles.read(file, ONE_MIB)).isEqualTo(
                new FileContent.Skipped(new SkippedFile("gone.txt", SkipReason.UNREADABLE, "no such file")));
    }

    @Test
    void directoryWhereAFileWasListedIsUnreadable() throws Exception {
        ProjectFile file = listed("was-a-file", new byte[] {'x'});
        Files.delete(file.absolute());
        Files.createDirectory(file.absolute());

        FileContent content = TextFiles.read(file, ONE_MIB);

        assertThat(content).isInstanceOf(FileContent.Skipped.class);
        assertThat(((FileContent.Skipped) content).skipped().reason()).isEqualTo(SkipReason.UNREADABLE);
    }

    @Test
    void fileReplacedByASymlinkAfterListingIsNotFollowed() throws Exception {
        Path outside = write(dir, "outside.txt", "SECRET");
        ProjectFile file = listed("config.txt", new byte[] {'x'});
        Files.delete(file.absolute());
        try {
            Files.createSymbolicLink(file.absolute(), outside);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links cannot be created here: " + e);
        }

        assertThat(TextFiles.read(file, ONE_MIB)).isEqualTo(
                new FileContent.Skipped(new SkippedFile("config.txt", SkipReason.SYMLINK, "symbolic link, not followed")));
    }

    @Test
    void emptyFileIsEmptyText() throws Exception {
        assertThat(text(TextFiles.read(listed("empty.txt", new byte[0]), 0))).isEmpty();
    }

    private ProjectFile listed(String path, byte[] content) throws Exception {
        Path file = write(dir, path, content);
        return new ProjectFile(path, file, content.length);
    }

    private static String text(FileContent content) {
        assertThat(content).isInstanceOf(FileContent.Text.class);
        return ((FileContent.Text) content).text();
    }
}
