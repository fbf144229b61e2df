package dev.mistralready.checks.secrets;

import java.nio.charset.StandardCharsets;

/**
 * A file's bytes seen as text, one character per byte (ISO-8859-1), without copying them: what the
 * rules' regexes run on. Their patterns are ASCII, so a match's offsets are byte offsets, and only
 * what a finding shows (the secret, its column) is decoded as the UTF-8 it is.
 */
final class ByteText implements CharSequence {

    private final byte[] bytes;

    ByteText(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int length() {
        return bytes.length;
    }

    @Override
    public char charAt(int index) {
        return (char) (bytes[index] & 0xFF);
    }

    @Override
    public String subSequence(int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    /** The bytes themselves, not copied. */
    byte[] bytes() {
        return bytes;
    }

    /** The bytes from {@code start} to {@code end} decoded as UTF-8. */
    String utf8(int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return subSequence(0, bytes.length);
    }
}
