package dev.mistralready.report;

import java.nio.charset.StandardCharsets;

/**
 * A report path ({@code src/my app/ü.ts}) as a relative URI reference ({@code src/my%20app/%C3%BC.ts}):
 * every byte of the UTF-8 form that is not an RFC 3986 unreserved character or a {@code /} separator is
 * percent-encoded, so a space, {@code #}, {@code ?}, {@code %} or a {@code :} in the first segment (which
 * would read as a scheme) cannot change what the reference points at.
 */
final class SarifUri {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SarifUri() {
    }

    static String relative(String path) {
        StringBuilder uri = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (unreserved(c) || c == '/') {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return uri.toString();
    }

    private static boolean unreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
