package dev.mistralready.cli;

import java.util.ArrayList;
import java.util.List;

/** A paragraph broken into lines at spaces, at the width of the CLI's help (80 columns). */
final class WrappedText {

    static final int WIDTH = 80;

    private WrappedText() {
    }

    /** The paragraph's lines, each starting with {@code indent} and at most {@link #WIDTH} long unless a word is longer. */
    static List<String> lines(String paragraph, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : paragraph.strip().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > indent.length()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
