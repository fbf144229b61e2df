package dev.mistralready.project.files;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * File names as the file system stores them: bytes. A Unix name need not be valid UTF-8, and the JVM
 * turns names into Strings with the locale's encoding ({@code sun.jnu.encoding}), so {@code café.py}
 * written in Latin-1 reads as {@code caf�.py}, and under {@code LANG=C} every non-ASCII name reads as
 * {@code ?}s; a Path made from such a String names a file that does not exist. The bytes survive in
 * file URIs, which percent-encode them: {@link Path#toUri()} gives them and {@link Path#of(URI)} takes
 * them back, whatever the locale.
 *
 * <p>A name is shown as UTF-8, each byte that is not part of valid UTF-8 written {@code \xNN}:
 * {@code caf\xe9.py}. Two different names never look alike, and a shell takes the name back as
 * {@code $'caf\xe9.py'}.
 */
final class NativeNames {

    private static final String UNRESERVED = "-._~/";

    private NativeNames() {
    }

    /**
     * {@code directory} with a relative path of raw bytes ({@code /}-separated, as git stores them)
     * resolved against it.
     */
    static Path resolve(Path directory, byte[] relative) {
        if (isAscii(relative)) {
            return directory.resolve(new String(relative, StandardCharsets.US_ASCII));
        }
        String base = directory.toAbsolutePath().toUri().getRawPath();
        StringBuilder uri = new StringBuilder("file://").append(base);
        if (!base.endsWith("/")) {
            uri.append('/');
        }
        for (byte b : relative) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || UNRESERVED.indexOf(c) >= 0)) {
                uri.append(c);
            } else {
                uri.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return Path.of(URI.create(uri.toString()));
    }

    /** The raw bytes of {@code entry}'s path below {@code directory}, {@code /}-separated. */
    static byte[] relativeBytes(Path directory, Path entry) {
        String base = directory.toAbsolutePath().toUri().getRawPath();
        String raw = entry.toAbsolutePath().toUri().getRawPath();
        int start = base.endsWith("/") ? base.length() : base.length() + 1;
        int end = raw.endsWith("/") && raw.length() > start ? raw.length() - 1 : raw.length();
        return percentDecode(raw.substring(Math.min(start, end), end));
    }

    /** The raw bytes of an entry's own name (its last element). */
    static byte[] nameBytes(Path entry) {
        String raw = entry.toAbsolutePath().toUri().getRawPath();
        int end = raw.endsWith("/") && raw.length() > 1 ? raw.length() - 1 : raw.length();
        int start = raw.lastIndexOf('/', end - 1) + 1;
        return percentDecode(raw.substring(start, end));
    }

    /**
     * How a walker shows an entry's name: its String when that is surely the name itself (ASCII
     * without {@code ?}, which the JVM writes for what it cannot decode), else decoded from its bytes.
     */
    static String shownName(Path entry) {
        String text = entry.getFileName().toString();
        return isPlain(text) ? text : shown(nameBytes(entry));
    }

    /** UTF-8, with each byte that is not part of valid UTF-8 written {@code \xNN}. */
    static String shown(byte[] name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(name);
        CharBuffer out = CharBuffer.allocate(name.length * 4); // \xNN: four characters for a byte
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    out.put(String.format(Locale.ROOT, "\\x%02x", in.get() & 0xff));
                }
            } else {
                throw new IllegalStateException("a byte gives at most four characters"); // overflow
            }
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Whether a name read as a String is surely the name itself. */
    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == '?') {
                return false;
            }
        }
        return true;
    }

    static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] percentDecode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
