package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action (action.yml) and the GitLab template (ci/) say only what mistral-ready understands:
 * every input they use is declared, every `check` option they pass exists, and their shell parses.
 */
class CiTemplatesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern INPUT_USE = Pattern.compile("inputs\\.([a-z-]+)");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]+)");

    @TempDir
    Path work;

    @Test
    void theActionUsesOnlyTheInputsItDeclaresAndIsACompositeAction() throws IOException {
        JsonNode action = YAML.readTree(Path.of("action.yml").toFile());
        assertThat(action.get("name").asText()).isEqualTo("mistral-ready");
        Set<String> declared = new TreeSet<>();
        action.get("inputs").fieldNames().forEachRemaining(declared::add);
        Set<String> used = new TreeSet<>();
        Matcher use = INPUT_USE.matcher(Files.readString(Path.of("action.yml")));
        while (use.find()) {
            used.add(use.group(1));
        }
        assertThat(action.at("/runs/using").asText()).isEqualTo("composite");
        assertThat(declared).containsAll(used).contains("directory", "sarif", "junit", "phase");
        assertThat(action.at("/runs/steps").findValuesAsText("shell")).allMatch("bash"::equals);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void everyShellScriptOfTheActionAndTheTemplateParses() throws Exception {
        List<String> scripts = new ArrayList<>();
        YAML.readTree(Path.of("action.yml").toFile()).at("/runs/steps").forEach(step -> {
            if (step.has("run")) {
                scripts.add(step.get("run").asText());
            }
        });
        YAML.readTree(Path.of("ci/mistral-ready.gitlab-ci.yml").toFile()).at("/.mistral-ready/script")
                .forEach(line -> scripts.add(line.asText()));
        assertThat(scripts).hasSizeGreaterThan(3);
        for (String script : scripts) {
            Path file = Files.writeString(Files.createTempFile(work, "step", ".sh"), script);
            Process bash = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
            assertThat(bash.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(bash.exitValue()).as("bash -n of:%n%s%n%s", script, new String(bash.getInputStream().readAllBytes()))
                    .isZero();
        }
    }

    @Test
    void theCheckOptionsTheyPassExist() throws Exception {
        String help = CliRun.in(work, "check", "--help").out().replace("--[no-]", "--");
        for (Path file : List.of(Path.of("action.yml"), Path.of("ci/mistral-ready.gitlab-ci.yml"))) {
            Matcher option = OPTION.matcher(Files.readString(file));
            while (option.find()) {
                String name = option.group(1);
                if (Set.of("--depth", "--branch", "--quiet").contains(name)) {
                    continue; // git's, in the template's clone
                }
                assertThat(help).as("%s passes %s", file, name).contains(name);
            }
        }
    }
}
