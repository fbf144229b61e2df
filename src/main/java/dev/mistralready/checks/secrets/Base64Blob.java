package dev.mistralready.checks.secrets;

import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a match is a fragment of base64 data (an image inlined in HTML, Markdown or a notebook,
 * a PDF, a font) rather than a secret of its own. Base64 is letters and digits broken by {@code +},
 * {@code /} and {@code =}: a few kilobytes of it hold dozens of 32-character runs of letters and
 * digits, each the shape of a Mistral key, and beside the word Mistral in a Mistral notebook.
 *
 * <p>The match is in a blob when the stretch of base64 characters ({@code [A-Za-z0-9+/=]}) holding
 * it is {@value #LONG} characters or more, or follows {@code ;base64,} (a {@code data:} URI), or is
 * {@value #LINE} or more and the whole of its line (base64 wrapped at 64 or 76 characters), or is the
 * digest of an integrity hash ({@code "integrity": "sha512-…"} in a lock file). A key
 * stands alone: {@code api_key="…"}, {@code KEY=…}, {@code Bearer …} end the stretch at its edges.
 */
final class Base64Blob {

    static final int LONG = 100;
    static final int LINE = 60;
    private static final byte[] DATA_URI = ";base64,".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final List<byte[]> INTEGRITY = Stream.of("sha512-", "sha384-", "sha256-", "sha1-")
            .map(prefix -> prefix.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).toList();

    private Base64Blob() {
    }

    static boolean contains(byte[] text, int start, int end) {
        int from = start;
        while (from > 0 && isBase64(text[from - 1])) {
            from--;
        }
        int to = end;
        while (to < text.length && isBase64(text[to])) {
            to++;
        }
        if (to - from >= LONG || follows(text, from, DATA_URI) || isIntegrityHash(text, from)) {
            return true;
        }
        return to - from >= LINE && aloneOnItsLine(text, from, to);
    }

    /**
     * Whether the stretch at {@code from} is the digest of a Subresource Integrity string
     * ({@code sha512-…}, {@code sha384-…}, {@code sha256-…}, {@code sha1-…}): what npm, yarn and pnpm
     * lock files hold for every package, the {@code @mistralai/mistralai} one included.
     */
    private static boolean isIntegrityHash(byte[] text, int from) {
        for (byte[] prefix : INTEGRITY) {
            if (follows(text, from, prefix) && (from == prefix.length || !isBase64(text[from - prefix.length - 1]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean follows(byte[] text, int at, byte[] prefix) {
        if (at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (text[at - prefix.length + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Nothing else on the line but blanks, quotes and commas (a line of a JSON or Python list of strings). */
    private static boolean aloneOnItsLine(byte[] text, int from, int to) {
        for (int i = from - 1; i >= 0 && text[i] != '\n'; i--) {
            if (!isFrame(text[i])) {
                return false;
            }
        }
        for (int i = to; i < text.length && text[i] != '\n'; i++) {
            if (!isFrame(text[i]) && !(text[i] == '\\' && i + 1 < text.length && text[i + 1] == 'n') && !(text[i] == 'n' && text[i - 1] == '\\')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFrame(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '"' || b == '\'' || b == ',';
    }

    private static boolean isBase64(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '+' || b == '/' || b == '=';
    }
}
