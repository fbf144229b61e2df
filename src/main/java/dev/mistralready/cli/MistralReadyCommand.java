package dev.mistralready.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "mistral-ready",
        description = "Tells you, in one command, whether your Mistral AI integration is ready for production.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        synopsisSubcommandLabel = "COMMAND",
        footer = {"%nRun 'mistral-ready check --help' for the options of a check run."})
final class MistralReadyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a command there is nothing to do: say so, as for any usage error. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use `check`, `validate`, `init`, `baseline`, `list`, `explain` or `schema`");
    }
}
