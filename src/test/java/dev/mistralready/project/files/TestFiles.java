package dev.mistralready.project.files;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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

    /**
     * Writes a file whose path is these raw bytes ({@code /}-separated), valid UTF-8 or not, whatever
     * the locale: a file URI carries the bytes percent-encoded.
     */
    public static Path writeRaw(Path root, byte[] path, String content) throws IOException {
        Path file = rawPath(root, path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    /** The path these raw bytes name below {@code root}. */
    public static Path rawPath(Path root, byte[] path) {
        StringBuilder uri = new StringBuilder(root.toAbsolutePath().toUri().toString());
        if (uri.charAt(uri.length() - 1) != '/') {
            uri.append('/');
        }
        for (byte b : path) {
            uri.append(b == '/' ? "/" : String.format(Locale.ROOT, "%%%02X", b & 0xff));
        }
        return Path.of(URI.create(uri.toString()));
    }

    /** Copies the tree at {@code from} (a fixture, say) into {@code to}, so a test can add to it. */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }

    /** Latin-1 bytes: {@code "caf\u00e9"} is {@code caf} and the byte 0xE9, which is not UTF-8. */
    public static byte[] latin1(String path) {
        return path.getBytes(StandardCharsets.ISO_8859_1);
    }

    static List<String> paths(FileListing listing) {
        return listing.files().stream().map(ProjectFile::path).toList();
    }

    static List<String> skippedPaths(FileListing listing) {
        return listing.skipped().stream().map(SkippedFile::path).toList();
    }
}
