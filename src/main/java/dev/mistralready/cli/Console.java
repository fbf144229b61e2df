package dev.mistralready.cli;

import dev.mistralready.report.ConsoleReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the CLI talks to: its streams, the environment, the working directory and whether a person
 * is watching. Tests pass their own; {@link #system()} is the real one.
 *
 * @param interactive true when stdout is a terminal (colour and progress are then allowed)
 * @param columns     how wide the report may be: {@code $COLUMNS}, else what the launcher measured, else 80
 */
public record Console(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory,
                      boolean interactive, int columns) {

    /** The system property the launcher sets to the terminal's width ({@code stty size}) when COLUMNS is not exported. */
    static final String COLUMNS_PROPERTY = "mistral-ready.columns";
    private static final int MIN_COLUMNS = 40;
    private static final int MAX_COLUMNS = 1000;

    public Console {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /** A console as wide as {@code $COLUMNS} in {@code environment} says, else 80. */
    public Console(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory,
                   boolean interactive) {
        this(out, err, environment, workingDirectory, interactive, columns(environment.get("COLUMNS"), ""));
    }

    static Console system() {
        Map<String, String> environment = LauncherLocale.usersOwn(System.getenv());
        return new Console(new PrintWriter(System.out, true), new PrintWriter(System.err, true), environment,
                Path.of("").toAbsolutePath(), System.console() != null,
                columns(environment.get("COLUMNS"), System.getProperty(COLUMNS_PROPERTY, "")));
    }

    /** The first of {@code $COLUMNS} and the launcher's measure that is a sane width, else 80. */
    static int columns(String variable, String measured) {
        for (String text : new String[] {variable, measured}) {
            if (text != null && text.strip().matches("[0-9]{1,4}")) {
                int columns = Integer.parseInt(text.strip());
                if (columns > 0) {
                    return Math.max(MIN_COLUMNS, Math.min(MAX_COLUMNS, columns));
                }
            }
        }
        return ConsoleReport.DEFAULT_COLUMNS;
    }

    /** Colour is on for a terminal unless NO_COLOR is set (no-color.org) or TERM is dumb. */
    boolean colourByDefault() {
        return interactive
                && environment.getOrDefault("NO_COLOR", "").isEmpty()
                && !"dumb".equals(environment.get("TERM"));
    }
}
