package dev.mistralready.report;

import java.util.regex.Pattern;

/**
 * Removes terminal escape sequences (colours, cursor moves, window titles, hyperlinks) that checks
 * copy from command output, so reports show the text and not the control codes.
 */
final class AnsiEscapes {

    private static final String ESC = "\u001B";

    /**
     * CSI ({@code ESC [ params intermediates final}), then OSC ({@code ESC ] ... BEL} or
     * {@code ESC ] ... ESC \}), then any other escape: two characters ({@code ESC x}), or with
     * intermediate bytes such as the charset switch {@code ESC ( B}.
     */
    private static final Pattern SEQUENCE = Pattern.compile(
            ESC + "\\[[0-?]*[ -/]*[@-~]"
                    + "|" + ESC + "\\][^\u0007\u001B]*(?:\u0007|" + ESC + "\\\\)"
                    + "|" + ESC + "[ -/]*[0-~]");

    private AnsiEscapes() {
    }

    static String strip(String text) {
        if (text.indexOf('\u001B') < 0) {
            return text;
        }
        return SEQUENCE.matcher(text).replaceAll("");
    }
}
