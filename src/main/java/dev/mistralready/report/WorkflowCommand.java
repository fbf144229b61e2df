package dev.mistralready.report;

import java.util.Map;
import java.util.StringJoiner;

/**
 * One GitHub Actions workflow command line, {@code ::name key=value,...::message}, escaped exactly as
 * the GitHub toolkit ({@code @actions/core}) escapes it, so the runner reads back the text we meant:
 * in the message {@code %}, CR and LF become {@code %25}, {@code %0D} and {@code %0A}; in property
 * values {@code :} and {@code ,} also become {@code %3A} and {@code %2C}. A message can therefore
 * never end the line early or start a second command.
 */
public final class WorkflowCommand {

    private WorkflowCommand() {
    }

    /** {@code ::name::message}, or {@code ::name k=v,k=v::message}; properties in the map's order. */
    public static String of(String name, Map<String, String> properties, String message) {
        StringBuilder line = new StringBuilder("::").append(name);
        if (!properties.isEmpty()) {
            StringJoiner joined = new StringJoiner(",");
            properties.forEach((key, value) -> joined.add(key + "=" + escapeProperty(value)));
            line.append(' ').append(joined);
        }
        return line.append("::").append(escapeData(message)).toString();
    }

    /**
     * {@code ::add-mask::value}: the runner hides {@code value} in every later line of the log. The
     * line itself is the one place the value is printed, so it is only for a real runner, which
     * consumes it.
     */
    public static String addMask(String value) {
        return of("add-mask", Map.of(), value);
    }

    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
