package dev.mistralready.checks.secrets;

import java.util.Arrays;

/** Maps character offsets in a text to 1-based lines and columns, and gives each line's text. */
final class LineIndex {

    private final CharSequence text;
    private final int[] starts;
    private final int count;

    LineIndex(CharSequence text) {
        this.text = text;
        int[] found = new int[64];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (lines == found.length) {
                    found = Arrays.copyOf(found, lines * 2);
                }
                found[lines++] = i + 1;
            }
        }
        this.starts = found;
        this.count = lines;
    }

    int lineCount() {
        return count;
    }

    /** The 1-based line holding {@code offset}. */
    int lineOf(int offset) {
        int index = Arrays.binarySearch(starts, 0, count, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** The 1-based column of {@code offset} on its line. */
    int columnOf(int offset) {
        return offset - starts[lineOf(offset) - 1] + 1;
    }

    /** The text of 1-based {@code line}, without its line break. */
    String line(int line) {
        int start = starts[line - 1];
        int end = line < count ? starts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.subSequence(start, Math.max(start, end)).toString();
    }
}
