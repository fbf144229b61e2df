package dev.mistralready.checks.command;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises "no such command" as the JVM and the common shells report it. */
final class MissingCommand {

    /** dash {@code sh: 1: npx-nope: not found}, bash {@code bash: line 1: npx-nope: command not found}. */
    private static final Pattern SH_STYLE = Pattern.compile("(?:^|:\\s)([^\\s:]+): (?:command )?not found\\s*$");
    /** zsh {@code zsh:1: command not found: npx-nope}. */
    private static final Pattern ZSH_STYLE = Pattern.compile("command not found: (\\S+)\\s*$");
    /** The JVM's {@code Cannot run program "x": error=2, No such file or directory}. */
    private static final Pattern OS_REASON = Pattern.compile("error=(\\d+),\\s*(.*)$");

    private MissingCommand() {
    }

    /** The command a shell said it could not find, from the last such line of its output. */
    static Optional<String> namedIn(List<String> output) {
        for (int i = output.size() - 1; i >= 0; i--) {
            for (Pattern pattern : List.of(SH_STYLE, ZSH_STYLE)) {
                Matcher matcher = pattern.matcher(output.get(i));
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether starting a process failed because the program does not exist (ENOENT on Unix and Windows). */
    static boolean isCauseOf(IOException e) {
        Matcher matcher = OS_REASON.matcher(String.valueOf(e.getMessage()));
        return matcher.find() && matcher.group(1).equals("2");
    }

    /** The operating system's words for why a process did not start: {@code Permission denied}. */
    static String reason(IOException e) {
        String message = String.valueOf(e.getMessage());
        Matcher matcher = OS_REASON.matcher(message);
        return matcher.find() ? matcher.group(2) : message;
    }
}
