package dev.mistralready.cli;

import dev.mistralready.check.Rule;
import dev.mistralready.checklist.DidYouMean;
import dev.mistralready.engine.CataloguedRule;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.RuleCatalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "explain", description = "Explain a rule: what it finds, why it matters and how to fix it.",
        mixinStandardHelpOptions = true, versionProvider = Version.class,
        footer = {"%nRun 'mistral-ready list --rules' for every rule id."})
final class ExplainCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(index = "0", paramLabel = "RULE", description = "A rule id, as in a finding: MR-SEC-001.")
    private String ruleId;

    ExplainCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        return UserErrors.handle(console, this::explain);
    }

    private int explain() throws UsageException {
        RuleCatalogue catalogue = RuleCatalogue.of(CheckRegistry.installed());
        String id = ruleId.strip().toUpperCase(Locale.ROOT);
        CataloguedRule entry = catalogue.find(id).orElseThrow(() -> new UsageException("unknown rule `" + ruleId
                + "`" + DidYouMean.hint(id, catalogue.ids()) + " ('mistral-ready list --rules' lists them)"));
        Rule rule = entry.rule();
        PrintWriter out = console.out();
        out.println(rule.id() + ": " + rule.title());
        out.println();
        out.println("  gate type: " + entry.gateType());
        out.println("  severity:  " + rule.severity().label());
        out.println();
        if (!rule.finds().equals(rule.title())) {
            out.println("What it finds:");
            WrappedText.lines(rule.finds(), "  ").forEach(out::println);
            out.println();
        }
        out.println("Why it matters:");
        WrappedText.lines(rule.why(), "  ").forEach(out::println);
        out.println();
        out.println("Fix:");
        WrappedText.lines(rule.fix(), "  ").forEach(out::println);
        if (!rule.example().isBlank()) {
            out.println();
            out.println("Example:");
            // a terminal shows the code itself: the Markdown fences around it are left out
            rule.example().strip().lines().filter(line -> !line.startsWith("```"))
                    .forEach(line -> out.println(line.isEmpty() ? "" : "  " + line));
        }
        out.flush();
        return ExitCodes.PASSED;
    }
}
