package dev.mistralready.cli;

import dev.mistralready.project.files.GitSystemConfig;
import picocli.CommandLine;

/** The entry point; the only place that calls {@code System.exit} or sets up a library for the whole process. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Console.system(), GitSystemConfig::tellJGit, args));
    }

    /** Runs one command and returns its exit code; tests call this with their own console. */
    public static int run(Console console, String... args) {
        return run(console, () -> { }, args);
    }

    /**
     * Runs one command, calling {@code beforeCommand} only once a subcommand is about to run: `--version`
     * and `--help` load no JGit.
     */
    private static int run(Console console, Runnable beforeCommand, String... args) {
        CommandLine commandLine = new CommandLine(new MistralReadyCommand())
                .addSubcommand(new CheckCommand(console))
                .addSubcommand(new ValidateCommand(console))
                .addSubcommand(new InitCommand(console))
                .addSubcommand(new BaselineCommand(console))
                .addSubcommand(new ListCommand(console))
                .addSubcommand(new ExplainCommand(console))
                .addSubcommand(new SchemaCommand(console))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(parsed -> {
                    if (parsed.hasSubcommand()) {
                        beforeCommand.run();
                    }
                    return new CommandLine.RunLast().execute(parsed);
                })
                .setOut(console.out())
                .setErr(console.err())
                .setParameterExceptionHandler((exception, arguments) -> {
                    // one line, as every other usage error: the full usage would bury what was wrong
                    console.err().println(UsageLine.of(exception));
                    return ExitCodes.USAGE_OR_CHECKLIST_ERROR;
                })
                .setExecutionExceptionHandler((exception, line, parsed) -> {
                    console.err().println("mistral-ready: internal error: " + exception
                            + (verbose(args) ? "" : " (run with --verbose for the stack trace)"));
                    if (verbose(args)) {
                        exception.printStackTrace(console.err());
                    }
                    return ExitCodes.INTERNAL_ERROR;
                });
        describeExitCodes(commandLine);
        int exitCode = commandLine.execute(args);
        console.out().flush();
        console.err().flush();
        return exitCode;
    }

    private static void describeExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage()
                .exitCodeListHeading(ExitCodes.HEADING)
                .exitCodeList(ExitCodes.described());
        commandLine.getSubcommands().values().forEach(Main::describeExitCodes);
    }

    private static boolean verbose(String[] args) {
        for (String arg : args) {
            if (arg.equals("-v") || arg.equals("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
