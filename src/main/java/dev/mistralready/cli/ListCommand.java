package dev.mistralready.cli;

import dev.mistralready.check.Check;
import dev.mistralready.check.DurationText;
import dev.mistralready.engine.CataloguedRule;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.OptionSpec;
import dev.mistralready.engine.OptionsShape;
import dev.mistralready.engine.RuleCatalogue;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List the gate types this mistral-ready knows, with their options, or their rules.",
        mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ListCommand implements Callable<Integer> {

    private final Console console;

    @Option(names = "--rules", description = "List the rule ids instead: id, severity, gate type and title, one a line.")
    private boolean rules;

    ListCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (rules) {
            return listRules();
        }
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

    private int listRules() {
        for (CataloguedRule entry : RuleCatalogue.of(CheckRegistry.installed()).all()) {
            console.out().println(String.format("%-14s %-8s %-17s %s", entry.rule().id(),
                    entry.rule().severity().label(), entry.gateType(), entry.rule().title()));
        }
        console.out().flush();
        return ExitCodes.PASSED;
    }
}
