package dev.mistralready.cli;

import dev.mistralready.check.Check;
import dev.mistralready.check.DurationText;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.OptionSpec;
import dev.mistralready.engine.OptionsShape;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "list", description = "List the gate types this mistral-ready knows, with their options.",
        mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ListCommand implements Callable<Integer> {

    private final Console console;

    ListCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        for (Check<?> check : CheckRegistry.installed().all()) {
            console.out().println(check.type() + " — " + check.summary()
                    + " (default timeout " + DurationText.format(check.defaultTimeout()) + ")");
            for (OptionSpec option : OptionsShape.of(check.optionsType())) {
                console.out().println("    " + option.name() + " (" + option.valueType() + (option.required() ? ", required" : "")
                        + ")" + (option.description().isEmpty() ? "" : "  " + option.description()));
            }
        }
        console.out().flush();
        return ExitCodes.PASSED;
    }
}
