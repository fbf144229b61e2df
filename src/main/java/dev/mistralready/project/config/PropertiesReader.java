package dev.mistralready.project.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Java {@code .properties} file into {@link ConfigEntry}s with the line and column of each
 * key and value, as {@code java.util.Properties} would read it: {@code key=value},
 * {@code key: value} and {@code key value}; {@code #} and {@code !} comments; a line ending in an
 * odd number of backslashes continues on the next, whose leading blanks are dropped; escapes
 * (tab, newline, Unicode and escaped separators) decoded. Later settings of a key are kept
 * as well: the readers decide what a repeat means.
 */
public final class PropertiesReader {

    private PropertiesReader() {
    }

    public static List<ConfigEntry> read(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<ConfigEntry> entries = new ArrayList<>();
        int index = 0;
        while (index < lines.length) {
            String line = lines[index];
            int lineNumber = index + 1;
            index++;
            int start = skipBlanks(line, 0);
            if (start >= line.length() || line.charAt(start) == '#' || line.charAt(start) == '!') {
                continue;
            }
            // the logical line: physical lines joined while one ends in an odd number of backslashes
            StringBuilder logical = new StringBuilder(line);
            while (endsInContinuation(logical) && index < lines.length) {
                logical.setLength(logical.length() - 1);
                String next = lines[index++];
                logical.append(next, skipBlanks(next, 0), next.length());
            }
            entries.add(entry(logical.toString(), start, lineNumber, line.length()));
        }
        return List.copyOf(entries);
    }

    private static ConfigEntry entry(String logical, int start, int lineNumber, int firstLineLength) {
        int keyEnd = start;
        while (keyEnd < logical.length()) {
            char c = logical.charAt(keyEnd);
            if (c == '\\') {
                keyEnd += 2;
                continue;
            }
            if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                break;
            }
            keyEnd++;
        }
        keyEnd = Math.min(keyEnd, logical.length());
        int valueStart = skipBlanks(logical, keyEnd);
        if (valueStart < logical.length() && (logical.charAt(valueStart) == '=' || logical.charAt(valueStart) == ':')) {
            valueStart = skipBlanks(logical, valueStart + 1);
        }
        String key = unescape(logical.substring(start, keyEnd));
        String value = unescape(logical.substring(Math.min(valueStart, logical.length())));
        // a value that starts on a continuation line is placed at the end of the key's line
        int valueColumn = Math.min(valueStart, firstLineLength) + 1;
        return new ConfigEntry(key, value, false, 0, lineNumber, start + 1, lineNumber, valueColumn);
    }

    private static int skipBlanks(CharSequence text, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\f')) {
            at++;
        }
        return at;
    }

    private static boolean endsInContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < text.length() && text.substring(i + 1, i + 5).chars().allMatch(d -> Character.digit(d, 16) >= 0)) {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
