package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.checklist.Gate;
import dev.mistralready.checks.secrets.Keys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code init} on the fixture projects under src/test/resources/fixtures/init and on a copy of the example. */
@DisabledOnOs(OS.WINDOWS)
class InitCommandTest {

    private static final String PATH = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");

    @TempDir
    Path work;

    @Test
    void writesTheExamplesGatesForTheChatServiceWithItsChecklistMovedAside() throws Exception {
        Path project = copy(Path.of("examples/chat-service"), work.resolve("chat-service"));
        Path example = project.resolve("checklist.yaml");
        Files.move(example, work.resolve("example-checklist.yaml"));

        CliRun init = CliRun.in(work, "init", "chat-service");

        assertThat(init.exitCode()).isZero();
        assertThat(init.err()).isEmpty();
        assertThat(init.out()).contains("  Mistral          Mistral called in src/chat.js",
                "  build and tests  npm run typecheck, npm test", "  Kubernetes       k8s/",
                "  alert rules      alerts/mistral.rules.yml", "  runbook          RUNBOOK.md",
                "Wrote chat-service/checklist.yaml: 10 gates (secrets, credentials, models, health, smoke, k8s, alerts, "
                        + "runbook, typecheck, tests)");
        Set<String> written = idsAndTypes(example);
        Set<String> expected = idsAndTypes(work.resolve("example-checklist.yaml"));
        // the example also lists the Maven and Python gates, which it skips (no pom.xml, no pyproject.toml);
        // init writes only the gates that apply, so those two are the whole difference
        expected.removeAll(Set.of("maven-verify command", "pytest command"));
        assertThat(written).isEqualTo(expected);

        assertThat(CliRun.in(work, "validate", "chat-service").exitCode()).isZero();
        CliRun check = CliRun.in(work, "check", "chat-service");
        assertThat(check.exitCode()).isEqualTo(1); // as the example's own checklist: the floating alias fails
        assertThat(check.out()).contains("FAIL   models", "PASS   typecheck", "PASS   tests", "WARN   k8s", "WARN   runbook",
                "PASS   alerts");
    }

    @Test
    void writesTheModelsGateAndTheNpmScriptsOfANodeProjectWithTheSdk() throws Exception {
        Path project = fixture("node");

        CliRun init = CliRun.in(work, "init", "node");

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("@mistralai/mistralai in package.json (dependencies)");
        assertThat(ids(project)).containsExactly("secrets", "credentials", "models", "health", "smoke", "typecheck", "tests");
        String text = Files.readString(project.resolve("checklist.yaml"));
        assertThat(text).contains("      run: npm run typecheck\n", "      run: npm test\n",
                "  # Build and tests: the project's own commands run and pass.\n",
                "  # Model configuration: every Mistral chat call in TypeScript, JavaScript and Python names a\n")
                .doesNotContain("if-exists", "maven", "pytest", "k8s-manifests");
        validatesAndPasses("node", PATH);
    }

    @Test
    void leavesOutTheTestScriptThatNpmInitWritesAndScriptsThatDoNotExist() throws IOException {
        Files.createDirectories(work.resolve("app"));
        Files.writeString(work.resolve("app/package.json"),
                "{\"scripts\": {\"test\": \"echo \\\"Error: no test specified\\\" && exit 1\"}}");

        CliRun init = CliRun.in(work, "init", "app");

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("  build and tests  none found", "  Mistral          no SDK or call found (no models gate)");
        assertThat(ids(work.resolve("app"))).containsExactly("secrets", "credentials", "health", "smoke");
        assertThat(CliRun.in(work, "validate", "app").exitCode()).isZero();
    }

    @Test
    void writesPytestForAPythonProjectWithPytestConfigured() throws Exception {
        Path project = fixture("python");

        CliRun init = CliRun.in(work, "init", "python");

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("mistralai in pyproject.toml",
                "python3 -m pytest -q (pytest configured in pyproject.toml)");
        assertThat(ids(project)).containsExactly("secrets", "credentials", "models", "health", "smoke", "pytest");
        assertThat(CliRun.in(work, "validate", "python").exitCode()).isZero();
        Assumptions.assumeTrue(pytestInstalled(), "python3 -m pytest is not installed here");
        validatesAndPasses("python", PATH);
    }

    @Test
    void writesMavenVerifyForALangChain4jMistralPom() throws Exception {
        Path project = fixture("maven");
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\necho \"$@\" > \"" + work.resolve("mvn-args") + "\"\n");
        mvn.toFile().setExecutable(true);

        CliRun init = CliRun.in(work, "init", "maven");

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("LangChain4j Mistral in pom.xml", "mvn -B verify");
        assertThat(ids(project)).containsExactly("secrets", "credentials", "models", "health", "smoke", "maven-verify");
        assertThat(Files.readString(project.resolve("checklist.yaml"))).contains("    timeout: 30m\n", "      run: mvn -B verify\n");
        validatesAndPasses("maven", bin + ":" + PATH);
        assertThat(Files.readString(work.resolve("mvn-args"))).isEqualTo("-B verify\n");
    }

    @Test
    void writesTheGradleWrapperForASpringAiMistralBuild() throws Exception {
        Path project = fixture("gradle");
        project.resolve("gradlew").toFile().setExecutable(true);

        CliRun init = CliRun.in(work, "init", "gradle");

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("Spring AI Mistral in build.gradle.kts", "./gradlew check");
        assertThat(ids(project)).containsExactly("secrets", "credentials", "models", "health", "smoke", "gradle-check");
        validatesAndPasses("gradle", PATH);
    }

    @Test
    void writesTheOperationsGatesForKustomizeAlertRulesAndARunbook() throws Exception {
        Path project = fixture("ops");

        CliRun init = CliRun.in(work, "init", "ops");

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("mistralai in requirements.txt", "  Kubernetes       deploy/, kustomization.yaml",
                "  alert rules      monitoring/mistral.yaml", "  runbook          docs/runbook.md");
        assertThat(ids(project)).containsExactly("secrets", "credentials", "models", "health", "smoke", "k8s", "alerts",
                "runbook");
        assertThat(CliRun.in(work, "validate", "ops").exitCode()).isZero();
        CliRun check = CliRun.in(work, Map.of("PATH", PATH), "check", "ops");
        // the fixture has one alert of six and a runbook of one section: the gates ran and said so
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("FAIL   alerts", "WARN   runbook").doesNotContain("ERROR");
        assertThat(check.out()).containsPattern("(PASS|WARN|FAIL) +k8s");
    }

    @Test
    void scansTheHistoryOfAGitRepository() throws Exception {
        Files.createDirectories(work.resolve("app"));
        Files.writeString(work.resolve("app/requirements.txt"), "mistralai==1.2.0\npytest\n");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(work.resolve("app").toFile()).call()) {
            git.add().addFilepattern("requirements.txt").call();
        }

        CliRun init = CliRun.in(work, "init", "app");

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("python3 -m pytest -q (pytest configured in requirements.txt)");
        assertThat(Files.readString(work.resolve("app/checklist.yaml")))
                .contains("  - id: secrets\n    type: secret-scan\n    title: No hard-coded Mistral keys or other secrets\n"
                        + "    with:\n      history: true\n");
        assertThat(CliRun.in(work, "validate", "app").exitCode()).isZero();
    }

    @Test
    void refusesToReplaceAChecklistWithoutForce() throws IOException {
        Files.createDirectories(work.resolve("app"));
        Path checklist = Files.writeString(work.resolve("app/checklist.yaml"), "version: 1\ngates: []\n");

        CliRun refused = CliRun.in(work, "init", "app");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("mistral-ready: app/checklist.yaml already exists; nothing written "
                + "(use --force to replace it)" + System.lineSeparator());
        assertThat(Files.readString(checklist)).isEqualTo("version: 1\ngates: []\n");

        CliRun forced = CliRun.in(work, "init", "app", "--force");

        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(checklist)).contains("  - id: secrets");
        try (Stream<Path> left = Files.list(work.resolve("app"))) {
            assertThat(left.map(file -> file.getFileName().toString())).containsExactly("checklist.yaml");
        }
    }

    @Test
    void forceReplacesALinkedChecklistAndNotTheFileItPointsTo() throws IOException {
        Files.createDirectories(work.resolve("app"));
        Path outside = Files.writeString(work.resolve("outside.yaml"), "keep me\n");
        Files.createSymbolicLink(work.resolve("app/checklist.yaml"), outside);

        CliRun forced = CliRun.in(work, "init", "app", "--force");

        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(outside)).isEqualTo("keep me\n");
        assertThat(Files.isSymbolicLink(work.resolve("app/checklist.yaml"))).isFalse();
    }

    @Test
    void namesWhereAPackageJsonIsBrokenAndWritesTheRest() throws IOException {
        Files.createDirectories(work.resolve("app"));
        Files.writeString(work.resolve("app/package.json"), "{\n  \"scripts\": {\"test\": \"npm\"\n");

        CliRun init = CliRun.in(work, "init", "app");

        assertThat(init.exitCode()).isZero();
        assertThat(init.err()).startsWith("mistral-ready: package.json:3:").contains("not valid JSON", "no npm gates written")
                .doesNotContain("Exception", "\tat ");
        assertThat(ids(work.resolve("app"))).containsExactly("secrets", "credentials", "health", "smoke");
    }

    @Test
    void neverQuotesAKeyTheJsonParserChokedOn() throws IOException {
        String key = "A" + new Keys(31).mistral().substring(1); // a letter first: the parser quotes it as a token
        Files.createDirectories(work.resolve("app"));
        Files.writeString(work.resolve("app/package.json"), "{\n  \"apiKey\": " + key + "\n}\n");

        CliRun init = CliRun.in(work, "init", "app");

        assertThat(init.exitCode()).isZero();
        assertThat(init.err()).startsWith("mistral-ready: package.json:2:").contains("not valid JSON")
                .contains(key.substring(0, 4) + "…(32 chars)").doesNotContain(key);
    }

    @Test
    void refusesAPackageJsonThatLinksOutOfTheProject() throws IOException {
        Files.createDirectories(work.resolve("app"));
        Path outside = Files.writeString(work.resolve("secret.json"), "{\"dependencies\": {\"@mistralai/mistralai\": \"1\"}}");
        Files.createSymbolicLink(work.resolve("app/package.json"), outside);

        CliRun init = CliRun.in(work, "init", "app");

        assertThat(init.exitCode()).isZero();
        assertThat(init.err()).contains("package.json resolves to", "outside the project");
        assertThat(ids(work.resolve("app"))).doesNotContain("models");
    }

    @Test
    void aFileNameWithALineBreakCannotAddAGateToTheWrittenChecklist() throws IOException {
        Files.createDirectories(work.resolve("app"));
        String name = "requirements\n  - {id: evil, type: command, with: {run: touch pwned}}\n#.txt";
        Files.writeString(work.resolve("app").resolve(name), "mistralai\n");

        CliRun init = CliRun.in(work, "init", "app");

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("mistralai in requirements?  - {id: evil").doesNotContain("\n  - {id: evil");
        assertThat(ids(work.resolve("app"))).containsExactly("secrets", "credentials", "models", "health", "smoke");
    }

    @Test
    void isACommandSoItsNameIsNoLongerTakenForBaseline() throws IOException {
        Files.createDirectories(work.resolve("app"));

        assertThat(CliRun.in(work, "init", "--help").out()).contains("Usage: mistral-ready init", "--force");
        CliRun misspelt = CliRun.in(work, "inti", "app");
        assertThat(misspelt.exitCode()).isEqualTo(2);
        assertThat(misspelt.err()).contains("unknown command `inti`; did you mean `init`?");
        assertThat(CliRun.in(work, "init", "missing").err())
                .isEqualTo("mistral-ready: directory not found: missing" + System.lineSeparator());
    }

    private void validatesAndPasses(String project, String path) {
        assertThat(CliRun.in(work, "validate", project).exitCode()).isZero();
        CliRun check = CliRun.in(work, Map.of("PATH", path), "check", project);
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    }

    private static boolean pytestInstalled() {
        try {
            return new ProcessBuilder("python3", "-m", "pytest", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path fixture(String name) throws URISyntaxException, IOException {
        return copy(Path.of(InitCommandTest.class.getResource("/fixtures/init/" + name).toURI()), work.resolve(name));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }

    private static List<String> ids(Path project) throws IOException {
        return gates(project.resolve("checklist.yaml")).stream().map(Gate::id).toList();
    }

    private static Set<String> idsAndTypes(Path checklist) throws IOException {
        Set<String> set = new LinkedHashSet<>();
        gates(checklist).forEach(gate -> set.add(gate.id() + " " + gate.type()));
        return set;
    }

    private static List<Gate> gates(Path checklist) throws IOException {
        try {
            return ChecklistLoader.parse(checklist.toString(), Files.readString(checklist)).gates();
        } catch (dev.mistralready.checklist.ChecklistException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
