package dev.mistralready.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the CLI talks to: its streams, the environment, the working directory and whether a person
 * is watching. Tests pass their own; {@link #system()} is the real one.
 *
 * @param interactive true when stdout is a terminal (colour and progress are then allowed)
 */
public record Console(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory,
                      boolean interactive) {

    public Console {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    static Console system() {
        return new Console(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                LauncherLocale.usersOwn(System.getenv()),
                Path.of("").toAbsolutePath(), System.console() != null);
    }

    /** Colour is on for a terminal unless NO_COLOR is set (no-color.org) or TERM is dumb. */
    boolean colourByDefault() {
        return interactive
                && environment.getOrDefault("NO_COLOR", "").isEmpty()
                && !"dumb".equals(environment.get("TERM"));
    }
}
