package dev.mistralready.checks.models;

import static dev.mistralready.project.files.TestFiles.copyTree;
import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jupyter notebooks linted as Python and reported at the notebook's own lines, with the cell named. */
class NotebookModelConfigTest {

    @TempDir
    Path dir;

    private static Outcome check(Path project) throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ModelConfigCheck().run(ModelConfigOptions.defaults(),
                new CheckContext(project, Map.of(), clock, new Cancellation(), Progress.NONE));
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(NotebookModelConfigTest.class.getResource("/fixtures/models/" + name).toURI());
    }

    private static List<Tuple> rulesAndPlaces(Outcome outcome) {
        return outcome.findings().stream()
                .map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow()))
                .toList();
    }

    /** A notebook of code cells in the list form Jupyter writes, one source line per JSON line. */
    private static String notebook(String... cells) {
        StringBuilder json = new StringBuilder("{\n \"cells\": [\n");
        for (int c = 0; c < cells.length; c++) {
            List<String> lines = cells[c].lines().toList();
            json.append("  {\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], \"source\": [\n");
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).replace("\\", "\\\\").replace("\"", "\\\"");
                json.append("    \"").append(line).append(i + 1 < lines.size() ? "\\n\",\n" : "\"\n");
            }
            json.append("  ]}").append(c + 1 < cells.length ? ",\n" : "\n");
        }
        return json.append(" ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n").toString();
    }

    private static Finding finding(Outcome outcome, String rule) {
        return outcome.findings().stream().filter(finding -> finding.ruleId().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + outcome.findings()));
    }

    @Test
    void aNotebookOnlyProjectCallingARetiredModelFailsAtTheNotebooksOwnLines() throws Exception {
        Outcome outcome = check(fixture("notebook"));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("4 errors and 2 warnings in 2 Mistral calls in 1 notebook");
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // list form: a constant of cell 2, used by the call of cell 4
                tuple("MR-MOD-001", new Location("chat.ipynb", 23, 22)),
                // the client of cell 2, after a %pip line and a shell line with a stray quote
                tuple("MR-MOD-009", new Location("chat.ipynb", 25, 15)),
                tuple("MR-MOD-011", new Location("chat.ipynb", 25, 15)),
                // string form: the whole cell 3 on line 40, each part at its own column
                tuple("MR-MOD-006", new Location("chat.ipynb", 40, 33)),
                tuple("MR-MOD-007", new Location("chat.ipynb", 40, 33)),
                tuple("MR-MOD-002", new Location("chat.ipynb", 40, 66)));
    }

    @Test
    void namesTheCellInTheMessageAndTheCallByItsNotebookLine() throws Exception {
        Outcome outcome = check(fixture("notebook"));

        assertThat(finding(outcome, "MR-MOD-002").message())
                .isEqualTo("`open-mixtral-8x22b` was retired on 2025-03-30: every request to it fails (cell 3)");
        assertThat(finding(outcome, "MR-MOD-006").message()).startsWith("`client.chat.complete` sets no `max_tokens`")
                .endsWith(" (cell 3)");
        assertThat(finding(outcome, "MR-MOD-001").message()).endsWith(
                "used by `client.chat.complete` (line 49) (cell 2)");
        assertThat(finding(outcome, "MR-MOD-009").message()).startsWith("`Mistral` sets no `timeout_ms`")
                .contains("no pyproject.toml or requirements.txt declares mistralai").endsWith(" (cell 2)");
    }

    @Test
    void aNotebooksClientIsJudgedByThePythonManifestBesideIt() throws Exception {
        copyTree(fixture("notebook"), dir);
        write(dir, "requirements.txt", "mistralai>=2.4.13\n");

        Outcome outcome = check(dir);

        assertThat(rulesAndPlaces(outcome)).contains(tuple("MR-MOD-010", new Location("chat.ipynb", 25, 15)))
                .doesNotContain(tuple("MR-MOD-009", new Location("chat.ipynb", 25, 15)));
        assertThat(finding(outcome, "MR-MOD-010").message()).contains("mistralai >=2.4.13 (requirements.txt) then waits 300 s").endsWith(" (cell 2)");
    }

    @Test
    void aNotebookThatIsNotJsonIsNamedAsUnreadAndIsAnErrorWhenNothingElseWasRead() throws Exception {
        write(dir, "broken.ipynb", "{\n \"cells\": [\n  {\"cell_type\": \"code\",, }\n");

        Outcome outcome = check(dir);

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).startsWith("1 source or Spring configuration file found, none could be read: "
                + "broken.ipynb could not be read (not a Jupyter notebook: invalid JSON at line 3, column 24 (");
        assertThat(outcome.details()).startsWith("not read broken.ipynb: not a Jupyter notebook: invalid JSON at line 3, column 24 (");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void aBrokenNotebookBesideCleanCodeTurnsThePassIntoAWarning() throws Exception {
        copyTree(fixture("python-clean"), dir);
        write(dir, "notebooks/explore.ipynb", "{\"nbformat\": 4}");
        Outcome clean = check(fixture("python-clean"));

        Outcome outcome = check(dir);

        assertThat(clean.status()).isEqualTo(Status.PASS);
        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo(clean.summary() + "; 1 source or Spring configuration file could not be read");
        assertThat(outcome.details()).isEqualTo("not read notebooks/explore.ipynb: not a Jupyter notebook: "
                + "no `cells` (nbformat 4) or `worksheets` (nbformat 3)\n" + clean.details());
    }

    @Test
    void aNotebookWithoutMistralCallsIsReadAndSkippedAsHavingNone() throws Exception {
        write(dir, "analysis.ipynb", notebook("%matplotlib inline\nimport pandas as pd", "df = pd.read_csv('x.csv')"));

        Outcome outcome = check(dir);

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).isEqualTo("skipped: no Mistral client or chat call in 1 source or Spring configuration file");
    }

    @Test
    void aNotebookOfAnotherKernelIsReadButNotLintedAsPython() throws Exception {
        write(dir, "r.ipynb", "{\"cells\": [{\"cell_type\": \"code\", \"source\": \"client.chat.complete(model = 'open-mixtral-8x22b')\"}],"
                + " \"metadata\": {\"kernelspec\": {\"language\": \"R\"}}}");

        Outcome outcome = check(dir);

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).isEqualTo("skipped: no Mistral client or chat call in 1 source or Spring configuration file");
    }

    @Test
    void checkpointCopiesOfNotebooksAreNeverLinted() throws Exception {
        copyTree(fixture("notebook"), dir);
        Files.createDirectories(dir.resolve(".ipynb_checkpoints"));
        Files.copy(dir.resolve("chat.ipynb"), dir.resolve(".ipynb_checkpoints/chat-checkpoint.ipynb"));

        Outcome outcome = check(dir);

        assertThat(outcome.findings()).extracting(found -> found.location().orElseThrow().file()).containsOnly("chat.ipynb");
    }

    @Test
    void countsTheCallsNotCheckedPerReasonAcrossFilesAndNotebooksWithAFewExamples() throws Exception {
        String passedIn = "def ask(client, request):\n    return client.chat.complete(**request)\n";
        write(dir, "app/a.py", passedIn);
        write(dir, "app/b.py", passedIn + "\n\ndef again(client, request):\n    return client.chat.stream(**request)\n");
        write(dir, "notebooks/one.ipynb", notebook("from mistralai import Mistral\nclient = Mistral(timeout_ms=30_000)",
                "reply = client.chat.complete(**request)"));
        write(dir, "notebooks/two.ipynb", notebook("import os\nreply = client.chat.complete(\n    model=os.environ[\"MODEL\"],"
                + "\n    max_tokens=256,\n    temperature=0.2,\n    messages=[],\n)", "more = client.chat.complete(**request)"));

        Outcome outcome = check(dir);

        assertThat(outcome.details()).contains("5 calls in 2 files and 2 notebooks: the options are built outside the file, "
                + "not checked: app/a.py:2:12 `client.chat.complete`, app/b.py:2:12 `client.chat.complete`, "
                + "app/b.py:6:12 `client.chat.stream`, and 2 more\n");
        assertThat(outcome.details()).contains("1 call in 1 notebook: the model is not written in the file (a variable, an argument or a setting), "
                + "not checked: notebooks/two.ipynb:5:14 `client.chat.complete` (`os.environ[\"MODEL\"]`)\n");
        assertThat(outcome.summary()).endsWith("in 6 Mistral calls in 2 files and 2 notebooks");
    }

    @Test
    void aFrameworkClientOfANotebookWithRetriesOffIsToldInPythonAndItsPythonManifestsCount() throws Exception {
        String chat = "from langchain_mistralai import ChatMistralAI\nllm = ChatMistralAI(model=\"mistral-small-2603\", "
                + "max_tokens=100, temperature=0.3, timeout=30, max_retries=0)";
        write(dir, "off/chat.ipynb", notebook(chat));
        write(dir, "off/requirements.txt", "langchain-mistralai\n");
        write(dir, "on/chat.ipynb", notebook(chat));
        write(dir, "on/requirements.txt", "langchain-mistralai\ntenacity\n");

        Outcome outcome = check(dir);

        Finding off = finding(outcome, "MR-MOD-011");
        assertThat(off.location().orElseThrow().file()).isEqualTo("off/chat.ipynb");
        assertThat(off.message()).startsWith("`ChatMistralAI` sets `max_retries=0`");
        assertThat(off.fix()).isEqualTo("Drop `max_retries=0` (the default retries) or set 2 to 3 retries, or retry with "
                + "a library such as tenacity.");
        assertThat(outcome.findings()).filteredOn(finding -> finding.ruleId().equals("MR-MOD-011")).hasSize(1);
        assertThat(outcome.details()).contains("`ChatMistralAI` turns retries off; tenacity (on/requirements.txt)");
    }

    @Test
    void theNotebookKindReadsTheSameCallsAsTheGateAndNamesAFileThatIsNoNotebook() throws Exception {
        String json = Files.readString(fixture("notebook").resolve("chat.ipynb"));

        FileCalls calls = SourceLanguage.of("chat.ipynb").orElseThrow().calls("chat.ipynb", json, ModelCatalogue.bundled());

        assertThat(calls.clients()).isEqualTo(1);
        assertThat(calls.calls()).extracting(ChatCall::at)
                .containsExactly(new Location("chat.ipynb", 40, 33), new Location("chat.ipynb", 49, 16));
        assertThatThrownBy(() -> SourceLanguage.NOTEBOOK.resilience("broken.ipynb", "{"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("broken.ipynb: not a Jupyter notebook");
    }
}
