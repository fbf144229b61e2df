package dev.mistralready.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.check.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistLoaderTest {

    private static List<ChecklistProblem> problemsOf(String yaml) {
        try {
            ChecklistLoader.parse("checklist.yaml", yaml);
        } catch (ChecklistException e) {
            return e.problems();
        }
        throw new AssertionError("expected the checklist to be rejected:\n" + yaml);
    }

    private static ChecklistProblem onlyProblemOf(String yaml) {
        List<ChecklistProblem> problems = problemsOf(yaml);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void aRejectedChecklistKeepsTheGatesThePlannerCanStillCheck() {
        String yaml = """
                version: 1
                gates:
                  - {id: build, type: command, severity: advisory, with: {run: make}}
                  - {id: tests, type: comand}
                  - {id: lint, type: command, with: [make lint]}
                  - {id: docs, type: runbook, disable: [7]}
                  - {type: secret-scan}
                  - not a gate
                """;

        assertThatThrownBy(() -> ChecklistLoader.parse("checklist.yaml", yaml))
                .isInstanceOfSatisfying(ChecklistException.class, e -> {
                    assertThat(e.problems()).extracting(problem -> problem.position().line()).containsExactly(3, 5, 6, 7, 8);
                    assertThat(e.readable()).get().satisfies(readable -> {
                        assertThat(readable.gates()).extracting(Gate::id).containsExactly("build", "tests");
                        assertThat(readable.gates().get(0).options().path("run").asText()).isEqualTo("make");
                    });
                });
    }

    @Test
    void loadsGatesInOrderWithTheirSettingsAndDefaults() throws ChecklistException {
        Checklist checklist = ChecklistLoader.parse("checklist.yaml", """
                version: 1
                gates:
                  - id: tests
                    type: command
                    title: Unit tests pass
                    severity: warning
                    timeout: 1m30s
                    with:
                      run: npm test
                  - id: build
                    type: command
                """);

        assertThat(checklist.gates()).extracting(Gate::id).containsExactly("tests", "build");
        Gate tests = checklist.gates().get(0);
        assertThat(tests.severity()).isEqualTo(Severity.WARNING);
        assertThat(tests.timeout()).contains(Duration.ofSeconds(90));
        assertThat(tests.options().get("run").asText()).isEqualTo("npm test");
        assertThat(tests.position()).isEqualTo(new SourcePosition(3, 5));
        Gate build = checklist.gates().get(1);
        assertThat(build.severity()).isEqualTo(Severity.ERROR);
        assertThat(build.timeout()).isEqualTo(Optional.empty());
        assertThat(build.displayTitle()).isEqualTo("build");
        assertThat(build.options().isEmpty()).isTrue();
    }

    @Test
    void reportsYamlSyntaxErrorAtTheProblem() {
        ChecklistProblem problem = onlyProblemOf("""
                version: 1
                gates:
                  - id: tests
                   type: command
                """);

        assertThat(problem.position()).isEqualTo(new SourcePosition(4, 4));
        assertThat(problem.message()).startsWith("invalid YAML: expected <block end>");
        assertThat(problem.toString()).startsWith("checklist.yaml:4:4: invalid YAML");
    }

    @Test
    void reportsTabIndentationWhereTheTabIs() {
        ChecklistProblem problem = onlyProblemOf("version: 1\ngates:\n\t- id: x\n");

        assertThat(problem.position()).isEqualTo(new SourcePosition(3, 1));
        assertThat(problem.message()).contains("TAB");
    }

    @Test
    void reportsUnknownTopLevelKeyWithSuggestion() {
        ChecklistProblem problem = onlyProblemOf("""
                version: 1
                gatse: []
                """);

        assertThat(problem.position()).isEqualTo(new SourcePosition(2, 1));
        assertThat(problem.message()).isEqualTo(
                "unknown key `gatse` in checklist; did you mean `gates`? (valid: version, gates)");
    }

    @Test
    void reportsLineAndColumnOfUnknownGateKey() {
        ChecklistProblem problem = onlyProblemOf("""
                version: 1
                gates:
                  - id: tests
                    type: command
                    tiemout: 5m
                """);

        assertThat(problem.position()).isEqualTo(new SourcePosition(5, 5));
        assertThat(problem.message()).isEqualTo("unknown key `tiemout` in gate; did you mean `timeout`? "
                + "(valid: id, type, title, severity, phase, timeout, disable, with)");
    }

    @Test
    void reportsDuplicateGateIdAtItsSecondUse() {
        ChecklistProblem problem = onlyProblemOf("""
                version: 1
                gates:
                  - id: tests
                    type: command
                  - id: tests
                    type: command
                """);

        assertThat(problem.position()).isEqualTo(new SourcePosition(5, 9));
        assertThat(problem.message()).isEqualTo(
                "duplicate gate id `tests`; it is already used at line 3 (gate ids must be unique)");
    }

    @Test
    void reportsBadDurationWithWhatIsExpected() {
        ChecklistProblem problem = onlyProblemOf("""
                version: 1
                gates:
                  - id: tests
                    type: command
                    timeout: 10 minutes
                """);

        assertThat(problem.position()).isEqualTo(new SourcePosition(5, 14));
        assertThat(problem.message()).isEqualTo("bad timeout: `10 minutes` is not a duration; expected "
                + "a number with a unit: 500ms, 10s, 2m, 1h or 1m30s");
    }

    @Test
    void reportsNumberWithoutUnitAsBadDuration() {
        assertThat(onlyProblemOf("""
                version: 1
                gates:
                  - {id: tests, type: command, timeout: 30}
                """).message()).startsWith("bad timeout: `30` is not a duration");
    }

    @Test
    void reportsGatesThatAreNotAList() {
        ChecklistProblem problem = onlyProblemOf("""
                version: 1
                gates:
                  tests: {type: command}
                """);

        assertThat(problem.position()).isEqualTo(new SourcePosition(3, 3));
        assertThat(problem.message()).isEqualTo("`gates` must be a list of gates (`- id: …`), but is a mapping");
    }

    @Test
    void reportsIdThatIsNotText() {
        ChecklistProblem problem = onlyProblemOf("""
                version: 1
                gates:
                  - id: [a, b]
                    type: command
                """);

        assertThat(problem.position()).isEqualTo(new SourcePosition(3, 9));
        assertThat(problem.message()).isEqualTo("`id` must be a non-empty text, but is a list");
    }

    @Test
    void reportsWithThatIsNotAMapping() {
        ChecklistProblem problem = onlyProblemOf("""
                version: 1
                gates:
                  - id: tests
                    type: command
                    with: npm test
                """);

        assertThat(problem.position()).isEqualTo(new SourcePosition(5, 11));
        assertThat(problem.message()).isEqualTo("`with` must be a mapping of the gate type's options, but is `npm test`");
    }

    @Test
    void reportsUnsupportedVersion() {
        ChecklistProblem problem = onlyProblemOf("version: 2\ngates: []\n");

        assertThat(problem.position()).isEqualTo(new SourcePosition(1, 10));
        assertThat(problem.message()).isEqualTo("unsupported checklist version `2`; this mistral-ready reads `version: 1`");
    }

    @Test
    void aVersionBeyondAnIntIsNotReadAsOne() {
        ChecklistProblem problem = onlyProblemOf("version: 4294967297\ngates: []\n");

        assertThat(problem.toString()).isEqualTo("checklist.yaml:1:10: unsupported checklist version `4294967297`; "
                + "this mistral-ready reads `version: 1`");
    }

    @Test
    void anEmptyIdOrTypeIsAnErrorNotADroppedGate() {
        List<ChecklistProblem> problems = problemsOf("""
                version: 1
                gates:
                  - id:
                    type: command
                  - id: lint
                    type: ~
                """);

        assertThat(problems).extracting(ChecklistProblem::toString).containsExactly(
                "checklist.yaml:3:8: `id` is empty; expected a unique name such as `tests`",
                "checklist.yaml:6:11: `type` is empty; expected a gate type such as `command`");
    }

    @Test
    void reportsMissingIdAndTypeAtTheGate() {
        List<ChecklistProblem> problems = problemsOf("""
                version: 1
                gates:
                  - title: Tests
                """);

        assertThat(problems).extracting(ChecklistProblem::toString).containsExactly(
                "checklist.yaml:3:5: gate is missing `id` (a unique name such as `tests`)",
                "checklist.yaml:3:5: gate is missing `type` (a gate type such as `command`)");
    }

    @Test
    void reportsUnknownSeverityListingValidOnes() {
        ChecklistProblem problem = onlyProblemOf("""
                version: 1
                gates:
                  - id: tests
                    type: command
                    severity: warn
                """);

        assertThat(problem.position()).isEqualTo(new SourcePosition(5, 15));
        assertThat(problem.message()).isEqualTo("unknown severity `warn`; did you mean `warning`? (valid: error, warning)");
    }

    @Test
    void reportsDuplicateYamlKey() {
        ChecklistProblem problem = onlyProblemOf("""
                version: 1
                gates:
                  - id: tests
                    type: command
                    type: shell
                """);

        assertThat(problem.position()).isEqualTo(new SourcePosition(5, 5));
        assertThat(problem.message()).isEqualTo("duplicate key `type`; it is already set at line 4");
    }

    @Test
    void reportsEveryProblemAtOnceWithoutRepeatingAMisspeltKeyAsMissing() {
        List<ChecklistProblem> problems = problemsOf("""
                version: 1
                gates:
                  - id: a
                    type: command
                    timeout: soon
                  - id: b
                    typ: command
                """);

        assertThat(problems).extracting(ChecklistProblem::toString).containsExactly(
                "checklist.yaml:5:14: bad timeout: `soon` is not a duration; expected a number with a unit: "
                        + "500ms, 10s, 2m, 1h or 1m30s",
                "checklist.yaml:7:5: unknown key `typ` in gate; did you mean `type`? "
                        + "(valid: id, type, title, severity, phase, timeout, disable, with)");
    }

    @Test
    void rejectsAnEmptyChecklist() {
        ChecklistProblem problem = onlyProblemOf("# nothing yet\n");

        assertThat(problem.toString()).isEqualTo(
                "checklist.yaml:1:1: a checklist is a mapping with `version: 1` and `gates:`, but this is empty");
    }

    @Test
    void rejectsAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("checklist.yaml");
        Files.write(file, new byte[] {'v', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        assertThatThrownBy(() -> ChecklistLoader.load(Files.readAllBytes(file), "checklist.yaml"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:1:1: is not UTF-8 text");
    }

    @Test
    void loadsFromDisk(@TempDir Path dir) throws IOException, ChecklistException {
        Path file = dir.resolve("checklist.yaml");
        Files.writeString(file, "version: 1\ngates:\n  - {id: only, type: command, with: {run: 'true'}}\n");

        Checklist checklist = ChecklistLoader.load(Files.readAllBytes(file), "my/checklist.yaml");

        assertThat(checklist.file()).isEqualTo("my/checklist.yaml");
        assertThat(checklist.gates()).extracting(Gate::id).containsExactly("only");
    }

    @Test
    void refusesATitleOver200Characters() {
        assertThat(onlyProblemOf("version: 1\ngates:\n  - id: a\n    type: command\n    title: '" + "long title ".repeat(20)
                + "'\n").toString()).isEqualTo("checklist.yaml:5:12: `long title long title long title long ti…` is "
                + "220 characters long; a title may be at most 200 characters");
    }

    @Test
    void refusesAGateIdOver100Characters() {
        assertThat(onlyProblemOf("version: 1\ngates:\n  - id: " + "a-".repeat(60) + "\n    type: command\n").toString())
                .isEqualTo("checklist.yaml:3:9: `" + "a-".repeat(20) + "…` is 120 characters long; a gate id may be "
                        + "at most 100 characters");
    }

    @Test
    void refusesAnOptionTextOver64KibWhereverItIs() {
        assertThat(onlyProblemOf("version: 1\ngates:\n  - id: a\n    type: command\n    with:\n      run: [echo, '"
                + "x y ".repeat(20_000) + "']\n").toString())
                .isEqualTo("checklist.yaml:6:19: `" + "x y ".repeat(10) + "…` is 80000 characters long; "
                        + "an option's text may be at most 65536 characters");
    }
}
