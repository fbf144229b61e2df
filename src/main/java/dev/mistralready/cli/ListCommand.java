package dev.mistralready.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.mistralready.check.Check;
import dev.mistralready.check.DurationText;
import dev.mistralready.check.Rule;
import dev.mistralready.engine.CataloguedRule;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.OptionSpec;
import dev.mistralready.engine.OptionsShape;
import dev.mistralready.engine.RuleCatalogue;
import dev.mistralready.checklist.DidYouMean;
import dev.mistralready.report.GateRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List the gate types this mistral-ready knows, with their options, or their rules.",
        mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ListCommand implements Callable<Integer> {

    /** Schema ids of the JSON forms; fields are only ever added within one. */
    static final String TYPES_SCHEMA = "mistral-ready/gate-types@1";
    static final String RULES_SCHEMA = "mistral-ready/rules@1";

    enum Format { text, json, markdown }

    /** Built when JSON is asked for: picocli makes every command at start-up, and `--version` needs no Jackson. */
    private static JsonFactory json() {
        return JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    }

    private final Console console;

    @Option(names = "--rules", description = "List the rule ids instead: id, severity, gate type and title, one a line.")
    private boolean rules;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this gate type (and, with --rules, its rules).")
    private String type;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json for tools, or markdown (with --rules: the README's table).")
    private Format format;

    ListCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        return UserErrors.handle(console, this::list);
    }

    private int list() throws UsageException, IOException {
        CheckRegistry registry = CheckRegistry.installed();
        Optional<String> onlyType = Optional.ofNullable(type).map(String::strip);
        if (onlyType.isPresent() && registry.find(onlyType.get()).isEmpty()
                && !(rules && onlyType.get().equals(GateRules.TYPE))) {
            throw new UsageException("unknown gate type `" + onlyType.get() + "`"
                    + DidYouMean.hint(onlyType.get(), registry.types())
                    + " (registered: " + String.join(", ", registry.types()) + ")");
        }
        PrintWriter out = console.out();
        if (rules) {
            List<CataloguedRule> listed = RuleCatalogue.of(registry).all().stream()
                    .filter(entry -> onlyType.map(entry.gateType()::equals).orElse(true)).toList();
            switch (format) {
                case text -> listed.forEach(entry -> out.println(String.format("%-14s %-8s %-17s %s", entry.rule().id(),
                        entry.rule().severity().label(), entry.gateType(), entry.rule().title())));
                case json -> writeRules(listed, out);
                case markdown -> out.print(RuleTable.markdown(listed));
            }
        } else {
            List<Check<?>> checks = registry.all().stream()
                    .filter(check -> onlyType.map(check.type()::equals).orElse(true)).toList();
            switch (format) {
                case text -> checks.forEach(check -> printType(check, out));
                case json -> writeTypes(checks, out);
                case markdown -> throw new UsageException("--format markdown lists rules: add --rules");
            }
        }
        out.flush();
        return ExitCodes.PASSED;
    }

    private static void printType(Check<?> check, PrintWriter out) {
        out.println(check.type() + " — " + check.summary()
                + " (default timeout " + DurationText.format(check.defaultTimeout()) + ")");
        for (OptionSpec option : OptionsShape.of(check.optionsType())) {
            out.println("    " + option.name() + " (" + option.valueType() + (option.required() ? ", required" : "")
                    + ")" + (option.description().isEmpty() ? "" : "  " + option.description()));
        }
    }

    private static void writeTypes(List<Check<?>> checks, PrintWriter out) throws IOException {
        try (JsonGenerator json = json().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("schema", TYPES_SCHEMA);
            json.writeArrayFieldStart("gateTypes");
            for (Check<?> check : checks) {
                json.writeStartObject();
                json.writeStringField("type", check.type());
                json.writeStringField("summary", check.summary());
                json.writeNumberField("defaultTimeoutMillis", check.defaultTimeout().toMillis());
                json.writeArrayFieldStart("options");
                for (OptionSpec option : OptionsShape.of(check.optionsType())) {
                    json.writeStartObject();
                    json.writeStringField("name", option.name());
                    json.writeStringField("valueType", option.valueType());
                    json.writeBooleanField("required", option.required());
                    json.writeStringField("description", option.description());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("rules");
                for (Rule rule : check.rules()) {
                    json.writeString(rule.id());
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }

    private static void writeRules(List<CataloguedRule> rules, PrintWriter out) throws IOException {
        try (JsonGenerator json = json().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("schema", RULES_SCHEMA);
            json.writeArrayFieldStart("rules");
            for (CataloguedRule entry : rules) {
                Rule rule = entry.rule();
                json.writeStartObject();
                json.writeStringField("id", rule.id());
                json.writeStringField("gateType", entry.gateType());
                json.writeStringField("severity", rule.severity().label());
                json.writeStringField("title", rule.title());
                json.writeStringField("finds", rule.finds());
                json.writeStringField("why", rule.why());
                json.writeStringField("fix", rule.fix());
                json.writeStringField("example", rule.example());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }
}
