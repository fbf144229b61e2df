package dev.mistralready.cli;

import dev.mistralready.checklist.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one line a usage error prints: what was wrong, the nearest valid spelling of a misspelt option or
 * command, and where the full usage is. An unknown option is named alone: picocli lists the arguments
 * after it as unknown too (the DIR among them), which blames what was right.
 */
final class UsageLine {

    private UsageLine() {
    }

    static String of(ParameterException exception) {
        CommandLine line = exception.getCommandLine();
        String help = " (see `" + line.getCommandSpec().qualifiedName() + " --help`)";
        if (exception instanceof UnmatchedArgumentException unmatched) {
            Optional<String> described = unmatched(line.getCommandSpec(), unmatched.getUnmatched());
            if (described.isPresent()) {
                return "mistral-ready: " + described.get() + help;
            }
        }
        return "mistral-ready: " + exception.getMessage() + help;
    }

    private static Optional<String> unmatched(CommandSpec spec, List<String> arguments) {
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        String first = arguments.get(0);
        if (!spec.subcommands().isEmpty() && !first.startsWith("-")) {
            String commands = String.join(", ", spec.subcommands().keySet());
            String hint = DidYouMean.hint(first, spec.subcommands().keySet());
            return Optional.of("unknown command `" + first + "`"
                    + (hint.isEmpty() ? "; the commands are " : hint + " The commands are ") + commands);
        }
        Optional<String> option = arguments.stream().filter(argument -> argument.startsWith("-") && argument.length() > 1)
                .findFirst();
        if (option.isPresent()) {
            String name = option.get().contains("=") ? option.get().substring(0, option.get().indexOf('=')) : option.get();
            return Optional.of("unknown option `" + name + "`" + nearest(name, optionNames(spec)));
        }
        List<String> labels = spec.positionalParameters().stream().map(parameter -> parameter.paramLabel()).toList();
        return Optional.of("unexpected argument `" + first + "`: `" + spec.qualifiedName() + "` takes "
                + (labels.isEmpty() ? "no arguments, only options" : "only " + String.join(" ", labels) + " besides its options"));
    }

    /** A one-letter option is suggested only for the wrong case ({@code -Q}): every other letter is one edit away. */
    private static String nearest(String name, List<String> valid) {
        if (name.length() <= 2) {
            return valid.stream().filter(candidate -> !candidate.equals(name) && candidate.equalsIgnoreCase(name)).findFirst()
                    .map(candidate -> "; did you mean `" + candidate + "`?").orElse("");
        }
        return DidYouMean.hint(name, valid);
    }

    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            for (String name : option.names()) {
                names.add(name);
                if (option.negatable() && name.startsWith("--")) {
                    names.add("--no-" + name.substring(2));
                }
            }
        }
        return names;
    }
}
