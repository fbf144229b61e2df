package dev.mistralready.checks.command;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import dev.mistralready.process.CommandProcess;
import dev.mistralready.process.SecretMask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The {@code command} gate: runs a build or test command and passes when it exits 0. */
public final class CommandCheck implements Check<CommandOptions> {

    static final String RULE_FAILED = "MR-CMD-001";

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    /** How sh and cmd.exe say "no such command". */
    private static final int SHELL_NOT_FOUND = WINDOWS ? 9009 : 127;

    @Override
    public String type() {
        return "command";
    }

    @Override
    public List<Rule> rules() {
        return CommandRuleCatalogue.RULES;
    }

    @Override
    public String summary() {
        return "Runs a build or test command; passes when it exits 0";
    }

    @Override
    public Class<CommandOptions> optionsType() {
        return CommandOptions.class;
    }

    @Override
    public Duration defaultTimeout() {
        return Duration.ofMinutes(10);
    }

    @Override
    public Outcome run(CommandOptions options, CheckContext context) {
        Path root = context.projectRoot().toAbsolutePath().normalize();
        Optional<Outcome> notApplicable = skipUnlessPresent(options.ifExists(), root);
        if (notApplicable.isPresent()) {
            return notApplicable.get();
        }
        String cwdShown = options.cwd().map(cwd -> "`" + cwd + "`").orElse("the project root");
        Path directory = root;
        if (options.cwd().isPresent()) {
            Optional<Path> cwd = insideRoot(root, options.cwd().get());
            if (cwd.isEmpty()) {
                return Outcome.error("`cwd` " + cwdShown + " is not inside the project root " + root);
            }
            if (!Files.isDirectory(cwd.get())) {
                return Outcome.error("working directory " + cwdShown + " not found (looked for " + cwd.get() + ")");
            }
            directory = cwd.get();
        }
        Invocation invocation = options.run();
        SecretMask mask = SecretMask.of(context.environment(), options.env());
        String shown = "`" + mask.apply(invocation.display()) + "`";
        if (context.cancellation().isCancelled()) {
            return Outcome.error(shown + " was cancelled before it started");
        }
        context.progress().report("running " + shown);
        CommandProcess.Result result;
        try {
            result = CommandProcess.run(processFor(invocation, directory, options.env(), context), mask,
                    context.cancellation());
        } catch (IOException e) {
            return notStarted(invocation, e);
        }
        return verdict(invocation, shown, result, cwdShown);
    }

    private static Optional<Outcome> skipUnlessPresent(Optional<String> ifExists, Path root) {
        if (ifExists.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> path = insideRoot(root, ifExists.get());
        if (path.isEmpty()) {
            return Optional.of(Outcome.error("`if-exists` path `" + ifExists.get() + "` is not inside the project root " + root));
        }
        return Files.exists(path.get()) ? Optional.empty() : Optional.of(Outcome.skip("skipped: " + ifExists.get() + " not found"));
    }

    /** The child sees the context's environment (not the JVM's own) plus the gate's {@code env}. */
    private static ProcessBuilder processFor(Invocation invocation, Path directory, Map<String, String> env, CheckContext context) {
        ProcessBuilder builder = new ProcessBuilder(invocation.processCommand(WINDOWS)).directory(directory.toFile());
        builder.environment().clear();
        builder.environment().putAll(context.environment());
        builder.environment().putAll(env);
        return builder;
    }

    private static Outcome verdict(Invocation invocation, String shown, CommandProcess.Result result, String cwdShown) {
        Outcome outcome = verdictOnExit(invocation, shown, result, cwdShown);
        return result.leftoversLine().map(outcome::withDetail).orElse(outcome);
    }

    private static Outcome verdictOnExit(Invocation invocation, String shown, CommandProcess.Result result,
                                         String cwdShown) {
        String details = result.output().render();
        if (result.stopped()) {
            return Outcome.error(shown + " was stopped before it finished").withDetails(details);
        }
        if (result.exitCode() == 0) {
            return Outcome.pass(shown + " passed");
        }
        if (invocation.viaShell() && result.exitCode() == SHELL_NOT_FOUND) {
            String missing = MissingCommand.namedIn(result.output().lines()).orElse(invocation.program());
            return Outcome.error("command not found: " + missing + " (the shell could not find it on the PATH)")
                    .withDetails(details);
        }
        String message = shown + " exited with code " + result.exitCode();
        Finding finding = Finding.of(RULE_FAILED, Severity.ERROR, message,
                "Run " + shown + " in " + cwdShown + " and fix what it reports.");
        return Outcome.fail(message, List.of(finding)).withDetails(details);
    }

    private static Outcome notStarted(Invocation invocation, IOException e) {
        String program = invocation.viaShell() ? invocation.processCommand(WINDOWS).get(0) : invocation.program();
        if (MissingCommand.isCauseOf(e)) {
            String where = program.contains("/") || program.contains("\\")
                    ? "no such file" : "looked for `" + program + "` on the PATH";
            return Outcome.error("command not found: " + program + " (" + where + ")");
        }
        return Outcome.error("could not start `" + program + "`: " + MissingCommand.reason(e));
    }

    /** {@code relative} resolved against {@code root}, unless it leads outside it. */
    private static Optional<Path> insideRoot(Path root, String relative) {
        try {
            Path resolved = root.resolve(relative).normalize();
            return resolved.startsWith(root) ? Optional.of(resolved) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
