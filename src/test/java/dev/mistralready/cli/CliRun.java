package dev.mistralready.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** One in-process run of the CLI with captured streams. */
record CliRun(int exitCode, String out, String err) {

    static CliRun in(Path workingDirectory, String... args) {
        return in(workingDirectory, Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")), args);
    }

    static CliRun in(Path workingDirectory, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), environment,
                workingDirectory, false);
        int exitCode = Main.run(console, args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
