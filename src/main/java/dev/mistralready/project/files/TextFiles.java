package dev.mistralready.project.files;

import dev.mistralready.check.ByteSize;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;

/**
 * Reads a project file as text for the lints, or says why not. Never throws for a file problem.
 *
 * <ul>
 *   <li>larger than the limit: {@link SkipReason#TOO_LARGE}, decided from the listed size before the
 *       file is opened (and again from the open file, in case it grew);</li>
 *   <li>a NUL byte in the first 8,000 bytes, git's own test: {@link SkipReason#BINARY}, unless the
 *       file starts with a UTF-16 byte order mark;</li>
 *   <li>a symbolic link by now: {@link SkipReason#SYMLINK} (opened without following links);</li>
 *   <li>any I/O failure (permission denied, vanished, a directory): {@link SkipReason#UNREADABLE}.</li>
 * </ul>
 * Text is decoded as UTF-8 leniently (malformed bytes become U+FFFD) and a UTF-8 byte order mark is
 * dropped; after a UTF-16 byte order mark, as UTF-16. The file is read once, whole: the limit keeps that cheap.
 */
public final class TextFiles {

    /** How far git looks for a NUL byte to call content binary. */
    static final int BINARY_SNIFF_BYTES = 8000;

    /** The most a Java array holds, whatever the limit says. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    private static final Set<OpenOption> READ_WITHOUT_FOLLOWING_LINKS =
            Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

    /** Eight bytes at a time, for the NUL search. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private TextFiles() {
    }

    /** The file decoded as UTF-8, or why it was skipped. */
    public static FileContent read(ProjectFile file, long maxBytes) {
        FileContent content = readBytes(file, maxBytes);
        if (content instanceof FileContent.Bytes bytes) {
            return new FileContent.Text(file, decode(bytes.bytes()));
        }
        return content;
    }

    /**
     * The file's bytes as they are, or why it was skipped: for scanners whose patterns are bytes,
     * which need no decoding (a scanner reads every byte once anyway).
     */
    public static FileContent readBytes(ProjectFile file, long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be 0 or more, was " + maxBytes);
        }
        if (file.size() > maxBytes) {
            return tooLarge(file, file.size(), maxBytes);
        }
        byte[] bytes;
        try (FileChannel channel = FileChannel.open(file.absolute(), READ_WITHOUT_FOLLOWING_LINKS)) {
            long size = channel.size();
            if (size > maxBytes) {
                return tooLarge(file, size, maxBytes); // it grew since it was listed
            }
            if (size > LARGEST_ARRAY) {
                return tooLarge(file, size, LARGEST_ARRAY);
            }
            bytes = readFully(channel, (int) size);
        } catch (IOException e) {
            if (Files.isSymbolicLink(file.absolute())) {
                return skipped(file, SkipReason.SYMLINK, "symbolic link, not followed");
            }
            return skipped(file, SkipReason.UNREADABLE, IoReason.of(e));
        }
        return ofBytes(file, bytes);
    }

    /** The bytes read of a file, or why they are skipped: binary, unless UTF-16 with its byte order mark. */
    static FileContent ofBytes(ProjectFile file, byte[] bytes) {
        if (isBinary(bytes) && !hasUtf16ByteOrderMark(bytes)) {
            return skipped(file, SkipReason.BINARY, "binary content (NUL byte)");
        }
        return new FileContent.Bytes(file, bytes);
    }

    /**
     * The {@code size} bytes the file had when it was opened, read into an array of exactly that
     * size (what it grows by while we read is not ours to see); fewer if it shrank meanwhile.
     */
    private static byte[] readFully(FileChannel channel, int size) throws IOException {
        byte[] bytes = new byte[size];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                return Arrays.copyOf(bytes, buffer.position());
            }
        }
        return bytes;
    }

    /**
     * Whether a NUL byte occurs in the first 8,000 bytes. Eight bytes are tested at once: a word has a
     * zero byte exactly when {@code (w - 0x01…01) & ~w & 0x80…80} is not zero. It reads every file's
     * head, so that is four times faster than a loop over bytes.
     */
    static boolean isBinary(byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        int i = 0;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            if (((word - ONES) & ~word & HIGH_BITS) != 0) {
                return true;
            }
        }
        for (; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lenient UTF-8: the String constructor replaces malformed input with U+FFFD. A file that starts
     * with a UTF-16 byte order mark (what Windows PowerShell and Notepad write) is decoded as UTF-16
     * of that byte order instead.
     */
    public static String decode(byte[] bytes) {
        if (hasUtf16ByteOrderMark(bytes)) {
            return new String(bytes, 2, bytes.length - 2, bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        }
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /**
     * Whether the bytes start with a UTF-16 byte order mark, little ({@code FF FE}) or big endian
     * ({@code FE FF}): text, though every other byte of it is NUL. {@code FF FE 00 00} is UTF-32's
     * mark, and not this.
     */
    public static boolean hasUtf16ByteOrderMark(byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        boolean little = bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE;
        boolean big = bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF;
        return big || little && !(bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0);
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    static FileContent tooLarge(ProjectFile file, long size, long maxBytes) {
        return skipped(file, SkipReason.TOO_LARGE, ByteSize.format(size) + " > " + ByteSize.format(maxBytes) + " limit");
    }

    private static FileContent skipped(ProjectFile file, SkipReason reason, String detail) {
        return new FileContent.Skipped(new SkippedFile(file.path(), reason, detail));
    }
}
