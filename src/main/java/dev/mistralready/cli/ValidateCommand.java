package dev.mistralready.cli;

import dev.mistralready.check.DurationText;
import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import dev.mistralready.engine.PlannedGate;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate",
        description = {"Load and plan the checklist without running anything: every gate's type, options and "
                + "disabled rules are checked as `check` would, and every problem is reported at once.",
                "Exits 0 for a valid checklist, 2 with one `file:line:column: problem` line per problem."},
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    private ProjectDirectory project = new ProjectDirectory();

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        return UserErrors.handle(console, this::validate);
    }

    private int validate() throws UsageException, ChecklistException {
        Path root = project.root(console.workingDirectory());
        ChecklistSource source = project.checklist(root, console.workingDirectory());
        List<PlannedGate> planned = new GatePlanner(CheckRegistry.installed()).plan(source.checklist());
        int idWidth = planned.stream().mapToInt(gate -> gate.id().length()).max().orElse(0);
        int typeWidth = planned.stream().mapToInt(gate -> gate.gate().type().length()).max().orElse(0);
        for (PlannedGate gate : planned) {
            console.out().println(String.format(Locale.ROOT, "%-" + Math.max(1, idWidth) + "s  %-" + Math.max(1, typeWidth)
                            + "s  %-7s  %-11s  timeout %s", gate.id(), gate.gate().type(),
                    gate.gate().severity().name().toLowerCase(Locale.ROOT), gate.gate().phase().label(),
                    DurationText.format(gate.timeout())));
        }
        console.out().println(source.checklist().file() + " is valid: " + planned.size()
                + (planned.size() == 1 ? " gate" : " gates") + ", nothing run");
        return ExitCodes.PASSED;
    }
}
