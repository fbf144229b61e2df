package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class CheckCommandTest {

    @TempDir
    Path work;

    private static Path fixture(String name) {
        try {
            return Path.of(CheckCommandTest.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void exitsZeroWhenEveryGatePasses() {
        CliRun run = CliRun.in(work, "check", fixture("passing").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^PASS   build   Build passes");
        assertThat(run.out()).containsPattern("(?m)^SKIP   python  Python tests pass");
        assertThat(run.out()).contains("      skipped: pyproject.toml not found");
        assertThat(run.out()).containsPattern("(?m)^1 passed, 0 failed, 0 warnings, 1 skipped \\(");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void exitsOneWhenAGateFailsAndShowsWhy() {
        CliRun run = CliRun.in(work, "check", fixture("failing").toString(), "--color", "never");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("(?m)^FAIL   tests  Unit tests pass");
        assertThat(run.out()).contains("error MR-CMD-001 checklist.yaml:8:5");
        assertThat(run.out()).contains("│ FAILED test_chat.py::test_max_tokens");
        assertThat(run.out()).containsOnlyOnce("`echo 'FAILED test_chat.py::test_max_tokens'; exit 1` exited with code 1");
        assertThat(run.out()).containsPattern("(?m)^WARN   lint   Lint is clean");
        assertThat(run.out()).containsPattern("(?m)^1 passed, 1 failed, 1 warning, 0 skipped");
        assertThat(run.out()).doesNotContain("\u001B[");
    }

    @Test
    void warningsFailTheRunOnlyWhenAskedTo() {
        assertThat(CliRun.in(work, "check", fixture("failing").toString(), "--skip", "tests").exitCode()).isZero();
        assertThat(CliRun.in(work, "check", fixture("failing").toString(), "--skip", "tests", "--fail-on", "warning")
                .exitCode()).isEqualTo(1);
    }

    @Test
    void runsOnlyTheNamedGates() {
        CliRun run = CliRun.in(work, "check", fixture("failing").toString(), "--only", "build");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 passed, 0 failed, 0 warnings, 0 skipped");
    }

    @Test
    void exitsTwoWithOneLocatedLineForABrokenChecklist() {
        Path project = fixture("broken-checklist");

        CliRun run = CliRun.in(project.getParent(), "check", "broken-checklist");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("broken-checklist/checklist.yaml:5:5: unknown key `tiemout` in gate; "
                + "did you mean `timeout`? (valid: id, type, title, severity, phase, timeout, disable, with)");
    }

    @Test
    void exitsTwoForAnUnknownGateIdInOnly() {
        CliRun run = CliRun.in(work, "check", fixture("failing").toString(), "--only", "tset");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mistral-ready: --only names gate `tset`, which the checklist does not have; "
                + "did you mean `tests`? (gates: build, tests, lint)" + System.lineSeparator());
    }

    @Test
    void exitsTwoForAMissingDirectory() {
        CliRun run = CliRun.in(work, "check", "no-such-dir");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mistral-ready: directory not found: no-such-dir" + System.lineSeparator());
    }

    @Test
    void exitsTwoForAMissingChecklistFile() {
        CliRun run = CliRun.in(work, "check", "-c", "nope.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mistral-ready: checklist not found: nope.yaml" + System.lineSeparator());
    }

    @Test
    void exitsTwoForAnUnknownOption() {
        CliRun run = CliRun.in(work, "check", "--junti", "report.xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mistral-ready: unknown option `--junti`; did you mean `--junit`? "
                + "(see `mistral-ready check --help`)" + System.lineSeparator());
    }

    @Test
    void refusesJobsThatAreNotAnIntOnOneLine() {
        CliRun run = CliRun.in(work, "check", "--jobs", "99999999999");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mistral-ready: Invalid value for option '--jobs': '99999999999' is not an int "
                + "(see `mistral-ready check --help`)" + System.lineSeparator());
    }

    @Test
    void refusesJobsBelowOne() {
        CliRun run = CliRun.in(work, "check", "--jobs", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mistral-ready: --jobs must be 1 or more, was 0" + System.lineSeparator());
    }

    @Test
    void exitsTwoWithoutACommand() {
        CliRun run = CliRun.in(work);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing command: use `check`, `validate`, `init`, `baseline`, `list`, `explain` or `schema`");
    }

    @Test
    void usesTheBuiltInChecklistWhenTheProjectHasNone() throws IOException {
        Files.writeString(work.resolve("README.md"), "# a project with no gate of its own\n");

        CliRun run = CliRun.in(work, "check", work.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("<built-in>/checklist.yaml");
        assertThat(run.out()).contains("skipped: package.json not found", "skipped: pom.xml not found",
                "skipped: MISTRAL_API_KEY is not set", "skipped: no TypeScript, JavaScript, Python or Java files or Spring configuration",
                "skipped: MISTRAL_READY_HEALTH_URL is not set", "skipped: MISTRAL_READY_SMOKE_URL is not set",
                "skipped: no Kubernetes manifests in k8s/, deploy/, manifests/, kustomize/",
                "skipped: no Prometheus rule files in alerts/, alerting/, prometheus/, monitoring/, rules/, k8s/, deploy/, "
                        + "manifests/, **/*.rules, **/*.rules.yml, **/*.rules.yaml, **/provisioning/alerting/",
                "skipped: no incident runbook found (looked for *runbook*.md and *run-book*.md at the root and under docs/, "
                        + "and the files under runbooks/, docs/**/runbooks/ and docs/**/incident* (Markdown, AsciiDoc, reST or text))");
        assertThat(run.out()).containsPattern("(?m)^PASS   secrets ").containsPattern("(?m)^1 passed, 0 failed, 0 warnings, 12 skipped");
    }

    @Test
    void takesAChecklistFromAnotherPlace() throws IOException {
        Files.writeString(work.resolve("gates.yaml"), "version: 1\ngates:\n  - {id: only, type: command, with: {run: 'exit 4'}}\n");

        CliRun run = CliRun.in(work, "check", "-c", "gates.yaml", fixture("passing").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("`exit 4` exited with code 4");
    }

    @Test
    void writesJunitAndJsonReports() throws IOException {
        CliRun run = CliRun.in(work, "check", fixture("failing").toString(), "--junit", "out/report.xml",
                "--json", "out/report.json");

        assertThat(run.exitCode()).isEqualTo(1);
        String xml = Files.readString(work.resolve("out/report.xml"));
        assertThat(xml).contains("classname=\"mistral-ready.tests\"", "<failure", "FAILED test_chat.py::test_max_tokens");
        JsonNode json = new ObjectMapper().readTree(work.resolve("out/report.json").toFile());
        assertThat(json.at("/gates/1/id").asText()).isEqualTo("tests");
        assertThat(json.at("/gates/1/status").asText()).isEqualTo("fail");
        assertThat(json.at("/gates/1/findings/0/rule").asText()).isEqualTo("MR-CMD-001");
        try (Stream<Path> files = Files.list(work.resolve("out"))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("report.xml", "report.json");
        }
    }

    @Test
    void exitsTwoWhenAReportCannotBeWritten() throws IOException {
        Files.writeString(work.resolve("plain-file"), "not a directory");

        CliRun run = CliRun.in(work, "check", fixture("passing").toString(), "--junit", "plain-file/report.xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("1 passed, 0 failed");
        assertThat(run.err()).isEqualTo("mistral-ready: cannot write the report to plain-file/report.xml: "
                + work.resolve("plain-file") + " is not a directory, so nothing can be written inside it; "
                + "choose another path" + System.lineSeparator()
                + "mistral-ready: exit code 2 because a report file could not be written; the gates alone passed "
                + "(exit code 0)" + System.lineSeparator());
    }

    @Test
    void coloursOnlyWhenAsked() {
        assertThat(CliRun.in(work, "check", fixture("passing").toString(), "--color", "always").out()).contains("\u001B[");
        assertThat(CliRun.in(work, Map.of("NO_COLOR", "1"), "check", fixture("passing").toString()).out())
                .doesNotContain("\u001B[");
    }

    @Test
    void quietShowsOnlyGatesThatNeedAttention() {
        CliRun run = CliRun.in(work, "check", fixture("failing").toString(), "-q");

        assertThat(run.out()).doesNotContain("PASS   build").contains("FAIL   tests").contains("WARN   lint");
    }

    @Test
    void listsGateTypesWithTheirOptions() {
        CliRun run = CliRun.in(work, "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("command — ").contains("    run (").contains("    if-exists (");
    }

    @Test
    void printsExitCodesInHelp() {
        CliRun run = CliRun.in(work, "check", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:", "0   every gate passed", "1   a gate failed or errored",
                "2   usage error (a DIR without files too)");
    }

    @Test
    void printsTheVersion() {
        CliRun run = CliRun.in(work, "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("mistral-ready 0.1.0");
    }
}
