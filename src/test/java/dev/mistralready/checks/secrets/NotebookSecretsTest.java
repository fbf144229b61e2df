package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import dev.mistralready.project.files.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys in Jupyter notebooks: read in the cells and text outputs as decoded, never in images. */
class NotebookSecretsTest {

    @TempDir
    Path project;

    private final Keys keys = new Keys(1912);
    private final SecretDetector detector = new SecretDetector(BuiltInRules.all());

    /**
     * A notebook as Jupyter writes it. Cell 2 has a key in a source of one string per line, cell 3 a
     * key and a token in a source that is one string, cell 4 a key in its printed output, and cell 5
     * a PNG whose base64 holds runs of the shape of a key, with the word Mistral all around.
     */
    static final String NOTEBOOK = """
            {
             "cells": [
              {
               "cell_type": "markdown",
               "metadata": {},
               "source": [
                "# Chat with Mistral\\n"
               ]
              },
              {
               "cell_type": "code",
               "execution_count": 1,
               "metadata": {},
               "outputs": [],
               "source": [
                "from mistralai import Mistral\\n",
                "\\n",
                "client = Mistral(api_key=\\"%1$s\\")\\n"
               ]
              },
              {
               "cell_type": "code",
               "execution_count": 2,
               "metadata": {},
               "outputs": [],
               "source": "import os\\nos.environ[\\"MISTRAL_API_KEY\\"] = \\"%2$s\\"\\nhf_token = \\"%5$s\\""
              },
              {
               "cell_type": "code",
               "execution_count": 3,
               "metadata": {},
               "outputs": [
                {
                 "name": "stdout",
                 "output_type": "stream",
                 "text": [
                  "Connected to Mistral with key %3$s\\n"
                 ]
                }
               ],
               "source": [
                "print(f\\"Connected to Mistral with key {client.api_key}\\")\\n"
               ]
              },
              {
               "cell_type": "code",
               "execution_count": 4,
               "metadata": {},
               "outputs": [
                {
                 "data": {
                  "image/png": "%4$s",
                  "text/plain": [
                   "<Figure size 640x480 with 1 Axes: Mistral scores>"
                  ]
                 },
                 "metadata": {},
                 "output_type": "display_data"
                }
               ],
               "source": [
                "plot(\\"Mistral\\")\\n"
               ]
              }
             ],
             "metadata": {"language_info": {"name": "python"}},
             "nbformat": 4,
             "nbformat_minor": 5
            }
            """;

    /** Base64 of the kind an image output holds: many runs of 32 letters and digits between + and /. */
    static String pngBase64(Keys keys) {
        StringBuilder data = new StringBuilder("iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzkAAAAOXRFWHRTb2Z0d2FyZQ+");
        for (int i = 0; i < 12; i++) {
            data.append(keys.mistral()).append(i % 2 == 0 ? '+' : '/');
        }
        return data.append("AAAAAElFTkSuQmCC").toString();
    }

    private final String listFormKey = keys.mistral();
    private final String stringFormKey = keys.mistral();
    private final String outputKey = keys.mistral();
    private final String token = "hf" + keys.password();
    private final String notebook = NOTEBOOK.formatted(listFormKey, stringFormKey, outputKey, pngBase64(keys), token);

    /** "RULE line:column place" of each match. */
    private List<String> scan(String path, String text) {
        return detector.scan(path, text.getBytes(StandardCharsets.UTF_8)).stream()
                .map(match -> match.rule().id() + " " + match.line() + ":" + match.column() + match.place().map(p -> " " + p).orElse(""))
                .toList();
    }

    /** The 1-based line of the notebook that holds {@code text}, and the column where it starts there. */
    private String at(String text) {
        return position(notebook, text);
    }

    private static String position(String file, String text) {
        List<String> lines = file.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(text);
            if (column >= 0) {
                return (i + 1) + ":" + (column + 1);
            }
        }
        throw new AssertionError("not in the notebook");
    }

    @Test
    void findsKeysInCellSourcesAndTextOutputsAtTheirLinesInTheFile() {
        assertThat(at(listFormKey)).startsWith("18:");
        assertThat(at(stringFormKey)).startsWith("26:");
        assertThat(at(outputKey)).startsWith("37:");

        assertThat(scan("notebooks/chat.ipynb", notebook)).containsExactly(
                "MR-SEC-001 " + at(listFormKey) + " cell 2",
                "MR-SEC-001 " + at(stringFormKey) + " cell 3",
                "MR-SEC-012 " + at(token) + " cell 3",
                "MR-SEC-001 " + at(outputKey) + " cell 4 output");
    }

    @Test
    void base64DataBesideTheWordMistralIsNotAKeyInAnyFile() {
        String png = pngBase64(keys);
        String run = png.substring(png.indexOf('+') + 1, png.indexOf('+') + 33);

        assertThat(scan("docs/scores.md", "Mistral scores:\n![plot](data:image/png;base64," + png + ")\n")).isEmpty();
        assertThat(scan("docs/scores.html", "<img alt=\"Mistral\" src=\"data:image/png;base64," + png.substring(0, 70) + "\">\n"))
                .isEmpty();
        assertThat(scan("docs/scores.txt", "Mistral\n" + png + "\n")).isEmpty();
        // Each run in it has the shape of a key: on its own, beside Mistral, it is one.
        assertThat(scan("docs/scores.txt", "Mistral key " + run + "\n")).containsExactly("MR-SEC-001 1:13");
    }

    @Test
    void aTokenAssignedInAnEscapedNotebookStringIsFound() {
        String cell = """
                {"cells": [{"cell_type": "code", "metadata": {}, "outputs": [],
                  "source": ["import requests\\n", "github_token = \\"%s\\"\\n"]}],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """.formatted(token);

        assertThat(scan("a.ipynb", cell)).containsExactly("MR-SEC-012 " + position(cell, token) + " cell 1");
        assertThat(scan("a.json", cell)).isEmpty(); // as bytes, \" after = is not a quote that opens a string
    }

    @Test
    void contextDoesNotReachIntoTheNextCell() {
        String cells = """
                {"cells": [
                  {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["import mistralai\\n"]},
                  {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["checksum = \\"%s\\"\\n"]}
                 ],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """.formatted(keys.mistral());

        assertThat(scan("a.ipynb", cells)).isEmpty();
    }

    @Test
    void findsAKeyInAnErrorTraceback() {
        String key = keys.mistral();
        String failed = """
                {"cells": [{"cell_type": "code", "metadata": {}, "source": ["chat()\\n"],
                  "outputs": [{"output_type": "error", "ename": "SDKError", "evalue": "401",
                    "traceback": ["\\u001b[0;31mSDKError\\u001b[0m Traceback",
                                  "Mistral(api_key='%s')"]}]}],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """.formatted(key);

        assertThat(scan("a.ipynb", failed)).containsExactly("MR-SEC-001 " + position(failed, key) + " cell 1 output");
    }

    @Test
    void aNotebookThatIsNotJsonIsScannedAsBytesWithoutItsImages() {
        String key = keys.mistral();
        String conflicted = """
                {
                 "cells": [
                <<<<<<< HEAD
                  {"cell_type": "code", "source": ["client = Mistral(api_key='%s')\\n"], "outputs": [
                   {"data": {"image/png": "%s", "text/plain": ["Mistral"]}}]},
                =======
                >>>>>>> branch
                 ]
                }
                """.formatted(key, pngBase64(keys));

        assertThat(position(conflicted, key)).startsWith("4:");
        assertThat(scan("a.ipynb", conflicted)).containsExactly("MR-SEC-001 " + position(conflicted, key));
    }

    @Test
    void theGateSaysWhichCellHoldsTheKey() throws Exception {
        TestFiles.write(project, "notebooks/chat.ipynb", notebook);

        Outcome outcome = new SecretScanCheck().run(SecretScanOptions.defaults(),
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(
                        tuple("MR-SEC-001", location(at(listFormKey))),
                        tuple("MR-SEC-001", location(at(stringFormKey))),
                        tuple("MR-SEC-012", location(at(token))),
                        tuple("MR-SEC-001", location(at(outputKey))));
        assertThat(outcome.findings().get(0).message())
                .isEqualTo("Mistral API key: `" + listFormKey.substring(0, 4) + "…(32 chars)` in cell 2");
        assertThat(outcome.findings().get(3).message()).endsWith("in cell 4 output");
        assertThat(outcome.toString()).doesNotContain(listFormKey).doesNotContain(outputKey);
    }

    private static Location location(String lineAndColumn) {
        String[] parts = lineAndColumn.split(":");
        return new Location("notebooks/chat.ipynb", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
}
