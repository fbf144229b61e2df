package dev.mistralready.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small real file trees for tests. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    static Path write(Path root, String path, byte[] content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    static List<String> paths(FileListing listing) {
        return listing.files().stream().map(ProjectFile::path).toList();
    }

    static List<String> skippedPaths(FileListing listing) {
        return listing.skipped().stream().map(SkippedFile::path).toList();
    }
}
