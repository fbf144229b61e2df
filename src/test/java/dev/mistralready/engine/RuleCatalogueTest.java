package dev.mistralready.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Check;
import dev.mistralready.check.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue against the code and the README: every rule id a built-in check's package can emit
 * is declared by that package's checks, every declaration is complete and unique, and the README
 * documents each one.
 */
class RuleCatalogueTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final String BUILT_IN = "dev.mistralready.checks.";
    /** A rule id as a string literal: {@code "MR-K8S-001"}. */
    private static final Pattern ID_LITERAL = Pattern.compile("\"(MR-[A-Z0-9]+-[0-9]{3})\"");
    /** A rule id in a bundled rule file: {@code - id: MR-SEC-001}. */
    private static final Pattern ID_IN_YAML = Pattern.compile("(?m)^\\s*-?\\s*id:\\s*(MR-[A-Z0-9]+-[0-9]{3})\\s*$");
    private static final Pattern ANY_ID = Pattern.compile("MR-[A-Z0-9]+-[0-9A-Z]+");
    /** A range in the README's tables: {@code MR-SEC-003 … 010}, {@code MR-ALR-001 – 006}. */
    /**
     * Declared rules the README does not name yet: the command gate's section has no rule table. Listed
     * here, not silently skipped, so the README change that adds it must also empty this set.
     */
    private static final Pattern RANGE = Pattern.compile("(MR-[A-Z0-9]+-)([0-9]{3}) […–-] ([0-9]{3})");

    @Test
    void everyIdABuiltInPackageCanEmitIsDeclaredByItsChecks() throws IOException {
        Map<String, Set<String>> declared = declaredByPackage();
        assertThat(declared).containsKeys("dev.mistralready.checks.command", "dev.mistralready.checks.secrets",
                "dev.mistralready.checks.credentials", "dev.mistralready.checks.models", "dev.mistralready.checks.app",
                "dev.mistralready.checks.deploy", "dev.mistralready.checks.alerts", "dev.mistralready.checks.runbook");
        for (Map.Entry<String, Set<String>> entry : declared.entrySet()) {
            Set<String> emitted = idsIn(entry.getKey());
            assertThat(emitted).as("rule ids in the sources of %s", entry.getKey()).isNotEmpty();
            assertThat(entry.getValue()).as("rules declared by the checks of %s", entry.getKey())
                    .containsAll(emitted);
            assertThat(emitted).as("every rule declared by %s is one its sources name", entry.getKey())
                    .containsAll(entry.getValue());
        }
    }

    @Test
    void everyDeclaredRuleIsUniqueAndComplete() {
        List<String> ids = new ArrayList<>();
        for (Check<?> check : CheckRegistry.installed().all()) {
            for (Rule rule : check.rules()) {
                ids.add(rule.id());
                assertThat(rule.id()).as("a rule of %s", check.type()).matches("MR-[A-Z0-9]+-[0-9A-Z]+");
                assertThat(List.of(rule.title(), rule.why(), rule.fix())).as("%s", rule.id()).allMatch(text -> !text.isBlank());
                assertThat(rule.title()).as("title of %s", rule.id()).doesNotContain("\n").hasSizeLessThan(100);
            }
        }
        RuleCatalogue catalogue = RuleCatalogue.of(CheckRegistry.installed());
        ids.addAll(List.of("MR-GATE-ERROR", "MR-GATE-FAIL", "MR-GATE-WARN"));
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(catalogue.ids()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(catalogue.find("MR-SEC-001")).get().extracting(CataloguedRule::gateType).isEqualTo("secret-scan");
        assertThat(catalogue.find("MR-GATE-ERROR")).get().extracting(CataloguedRule::gateType).isEqualTo("gate");
    }

    /** What a rule says fits where it is shown: a table cell for finds and fix, a fenced block for the example. */
    @Test
    void everyRuleSaysWhatItFindsInOneCellAndShowsAShortFencedExampleWithoutAKey() {
        for (CataloguedRule entry : RuleCatalogue.of(CheckRegistry.installed()).all()) {
            Rule rule = entry.rule();
            assertThat(rule.finds()).as("finds of %s", rule.id()).isNotEqualTo(rule.title()).doesNotContain("\n");
            assertThat(rule.fix()).as("fix of %s", rule.id()).doesNotContain("\n").endsWith(".");
            assertThat(rule.title()).as("title of %s", rule.id()).hasSizeLessThan(70);
            if (rule.example().isEmpty()) {
                continue;
            }
            List<String> lines = rule.example().lines().toList();
            assertThat(lines.get(0)).as("example of %s", rule.id()).matches("```[a-z]+");
            assertThat(lines.get(lines.size() - 1)).as("example of %s", rule.id()).isEqualTo("```");
            assertThat(lines.size() - 2).as("lines of the example of %s", rule.id()).isBetween(1, 12);
            assertThat(rule.example()).as("example of %s", rule.id()).doesNotContainPattern("[A-Za-z0-9]{32}");
        }
    }

    @Test
    void everyDeclaredRuleIsInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> documented = new HashSet<>();
        Matcher any = ANY_ID.matcher(readme);
        while (any.find()) {
            documented.add(any.group());
        }
        Matcher range = RANGE.matcher(readme);
        while (range.find()) {
            for (int n = Integer.parseInt(range.group(2)); n <= Integer.parseInt(range.group(3)); n++) {
                documented.add(range.group(1) + String.format("%03d", n));
            }
        }
        Set<String> missing = new TreeSet<>(RuleCatalogue.of(CheckRegistry.installed()).ids());
        missing.removeAll(documented);
        assertThat(missing).as("declared rules the README never names").isEmpty();
    }

    private static Map<String, Set<String>> declaredByPackage() {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (Check<?> check : CheckRegistry.installed().all()) {
            String pkg = check.getClass().getPackageName();
            if (pkg.startsWith(BUILT_IN)) {
                Set<String> ids = declared.computeIfAbsent(pkg, p -> new TreeSet<>());
                check.rules().forEach(rule -> ids.add(rule.id()));
            }
        }
        return declared;
    }

    private static Set<String> idsIn(String pkg) throws IOException {
        String dir = pkg.replace('.', '/');
        Set<String> ids = new TreeSet<>();
        collect(MAIN.resolve(dir), ".java", ID_LITERAL, ids);
        collect(RESOURCES.resolve(dir), "rules.yaml", ID_IN_YAML, ids);
        return ids;
    }

    private static void collect(Path dir, String suffix, Pattern pattern, Set<String> ids) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    ids.add(matcher.group(1));
                }
            }
        }
    }
}
