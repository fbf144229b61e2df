package dev.mistralready.report;

import java.util.regex.Pattern;

/** Cleans text captured from tools (command output) before it is shown or stored. */
public final class TerminalText {

    /** CSI sequences (colours, cursor moves), OSC sequences (titles, links) and two-character escapes. */
    private static final Pattern ANSI = Pattern.compile(
            "\\u001B\\[[0-?]*[ -/]*[@-~]|\\u001B\\][^\\u0007\\u001B]*(?:\\u0007|\\u001B\\\\)?|\\u001B[@-Z\\\\-_]|\\u009B[0-?]*[ -/]*[@-~]");

    private TerminalText() {
    }

    public static String stripAnsi(String text) {
        return text.indexOf('\u001B') < 0 && text.indexOf('\u009B') < 0 ? text : ANSI.matcher(text).replaceAll("");
    }
}
