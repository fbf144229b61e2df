package dev.mistralready.cli;

import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.ChecklistSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "schema", description = "Print the JSON Schema of checklist.yaml, for editor completion and checks.",
        mixinStandardHelpOptions = true, versionProvider = Version.class,
        footer = {"%nGenerated from the gate types this build knows (with any on the class path); "
                + "docs/checklist.schema.json is the built-in types' copy.",
                "In checklist.yaml: # yaml-language-server: $schema=<path or URL of the schema>"})
final class SchemaCommand implements Callable<Integer> {

    private final Console console;

    SchemaCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.out().print(ChecklistSchema.of(CheckRegistry.installed()).text());
        console.out().flush();
        return ExitCodes.PASSED;
    }
}
