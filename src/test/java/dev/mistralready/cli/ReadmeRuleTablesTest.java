package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.engine.CataloguedRule;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.RuleCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's rule tables are the rule catalogue's: between {@code <!-- rules: TYPE -->} and
 * {@code <!-- /rules -->} stands exactly {@code mistral-ready list --rules --type TYPE --format markdown},
 * and every gate type with rules has such a table. Run with {@code -Dmistral-ready.update-readme=true}
 * to rewrite the tables from the catalogue.
 */
class ReadmeRuleTablesTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern TABLE = Pattern.compile("(<!-- rules: ([a-z0-9-]+) -->\\n)(.*?)(<!-- /rules -->)",
            Pattern.DOTALL);

    @Test
    void everyRuleTableIsTheCataloguesAndEveryGateTypeHasOne() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        RuleCatalogue catalogue = RuleCatalogue.of(CheckRegistry.installed());
        String generated = regenerate(readme, catalogue);

        if (Boolean.getBoolean("mistral-ready.update-readme") && !generated.equals(readme)) {
            Files.writeString(README, generated, StandardCharsets.UTF_8);
            readme = generated;
        }
        assertThat(readme).as("README rule tables differ from the catalogue; run: mvn -q test"
                + " -Dtest=ReadmeRuleTablesTest -Dmistral-ready.update-readme=true").isEqualTo(generated);
        Set<String> withRules = new LinkedHashSet<>();
        catalogue.all().forEach(entry -> withRules.add(entry.gateType()));
        assertThat(tableTypes(readme)).as("one rule table per gate type").containsExactlyInAnyOrderElementsOf(withRules);
    }

    private static String regenerate(String readme, RuleCatalogue catalogue) {
        Matcher table = TABLE.matcher(readme);
        StringBuilder out = new StringBuilder();
        while (table.find()) {
            String type = table.group(2);
            List<CataloguedRule> rules = catalogue.all().stream().filter(entry -> entry.gateType().equals(type)).toList();
            String body = rules.isEmpty() ? "no rules: `" + type + "` is not a gate type with rules\n" : RuleTable.markdown(rules);
            table.appendReplacement(out, Matcher.quoteReplacement(table.group(1) + body + table.group(4)));
        }
        table.appendTail(out);
        return out.toString();
    }

    private static List<String> tableTypes(String readme) {
        List<String> types = new ArrayList<>();
        Matcher table = TABLE.matcher(readme);
        while (table.find()) {
            types.add(table.group(2));
        }
        return types;
    }
}
