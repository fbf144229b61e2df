package dev.mistralready.checks.secrets;

import dev.mistralready.project.files.ProjectFile;
import dev.mistralready.project.files.TextFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A text file over {@code max-file-size} (a minified bundle of a few megabytes with a key Vite
 * inlined, a log), read in windows of that size instead of skipped, so memory stays bounded and the
 * key is still found. Each window is read with a margin of {@value #MARGIN} bytes either side, cut
 * back to a byte that cannot be part of a key, so a match near the edge has its run whole and the
 * text around it for context; a match belongs to the window its first byte is in, so none is
 * reported twice. Lines and columns are counted across windows, as in the whole file.
 *
 * <p>Notebooks are not read this way (they are JSON to parse whole), nor UTF-16 files, nor files
 * whose first 8,000 bytes hold a NUL (binary, as for any file).
 */
final class LargeFileScan {

    static final int MARGIN = 4096;
    private static final int MIN_WINDOW = 64 * 1024;

    private LargeFileScan() {
    }

    /** The matches of the file, or empty if it is not a text file to read in windows. */
    static Optional<List<SecretMatch>> scan(ProjectFile file, SecretDetector detector, long windowBytes) throws IOException {
        if (SecretDetector.isNotebook(file.path())) {
            return Optional.empty();
        }
        int window = (int) Math.max(MIN_WINDOW, Math.min(windowBytes, Integer.MAX_VALUE / 2));
        List<SecretMatch> found = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file.absolute(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            byte[] head = read(channel, 0, (int) Math.min(size, 8000));
            if (hasNul(head) || TextFiles.hasUtf16ByteOrderMark(head)) {
                return Optional.empty();
            }
            Position position = new Position();
            byte[] previous = new byte[0];
            long previousFrom = 0;
            for (long keepFrom = 0; keepFrom < size; keepFrom += window) {
                long keepTo = Math.min(size, keepFrom + window);
                long readFrom = Math.max(0, keepFrom - MARGIN);
                long readTo = Math.min(size, keepTo + MARGIN);
                byte[] bytes = read(channel, readFrom, (int) (readTo - readFrom));
                int start = readFrom == 0 ? 0 : afterDelimiter(bytes, 0, (int) (keepFrom - readFrom));
                int end = readTo == size ? bytes.length : lastDelimiter(bytes, (int) (keepTo - readFrom), bytes.length);
                position.advance(previous, previousFrom, readFrom + start);
                byte[] text = java.util.Arrays.copyOfRange(bytes, start, end);
                long base = readFrom + start;
                for (SecretMatch match : detector.scan(file.path(), text)) {
                    long at = base + match.start();
                    if (at >= keepFrom && at < keepTo) {
                        int line = position.lines + match.line();
                        int column = match.line() == 1 ? position.column + match.column() : match.column();
                        found.add(new SecretMatch(match.rule(), match.path(), line, column, (int) Math.min(Integer.MAX_VALUE, at),
                                (int) Math.min(Integer.MAX_VALUE, base + match.end()), match.secret(), match.place()));
                    }
                }
                previous = bytes;
                previousFrom = readFrom;
            }
        }
        return Optional.of(found);
    }

    /** Lines before, and characters since the last line break before, a position in the file. */
    private static final class Position {
        private long at;
        private int lines;
        private int column;

        /** Moves to {@code to}, reading the bytes between from {@code bytes}, which start at file offset {@code from}. */
        void advance(byte[] bytes, long from, long to) {
            for (long i = at; i < to; i++) {
                byte b = bytes[(int) (i - from)];
                if (b == '\n') {
                    lines++;
                    column = 0;
                } else if ((b & 0xC0) != 0x80) { // a UTF-8 continuation byte is part of the character before
                    column++;
                }
            }
            at = to;
        }
    }

    private static int afterDelimiter(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isDelimiter(bytes[i])) {
                return i + 1;
            }
        }
        return to; // no delimiter in the margin: a run longer than any key, cut anywhere
    }

    private static int lastDelimiter(byte[] bytes, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (isDelimiter(bytes[i])) {
                return i;
            }
        }
        return to;
    }

    /** A byte that is no part of any key, token or base64 run. */
    private static boolean isDelimiter(byte b) {
        return b == '\n' || b == ' ' || b == '\t' || b == ';' || b == ',' || b == '"' || b == '\'' || b == '`'
                || b == '(' || b == ')' || b == '{' || b == '}' || b == '[' || b == ']';
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static byte[] read(FileChannel channel, long from, int length) throws IOException {
        byte[] bytes = new byte[length];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, from + buffer.position()) < 0) {
                return java.util.Arrays.copyOf(bytes, buffer.position());
            }
        }
        return bytes;
    }
}
