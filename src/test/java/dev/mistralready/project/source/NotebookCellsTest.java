package dev.mistralready.project.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NotebookCellsTest {

    /** A notebook written as Jupyter writes it: one JSON line per list element. */
    private static final String LIST_FORM = """
            {
             "cells": [
              {
               "cell_type": "markdown",
               "metadata": {},
               "source": ["# model=\\"open-mixtral-8x22b\\"\\n"]
              },
              {
               "cell_type": "code",
               "metadata": {},
               "outputs": [],
               "source": [
                "%pip install mistralai\\n",
                "import os\\n",
                "x = 1"
               ]
              }
             ],
             "nbformat": 4,
             "nbformat_minor": 5
            }
            """;

    private static NotebookCells parse(String json) throws Exception {
        return NotebookCells.parse(json);
    }

    /** A one-cell nbformat 4 notebook whose code cell's source is this list of JSON strings, as written. */
    private static String codeCell(String... sourceLines) {
        return "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\n" + String.join(",\n", sourceLines) + "\n]}]}";
    }

    @Test
    void readsCodeCellsOnlyWithEachListLineAtItsOwnJsonLine() throws Exception {
        NotebookCells cells = parse(LIST_FORM);

        assertThat(cells.python()).isEqualTo("\nimport os\nx = 1\n");
        assertThat(cells.codeCells()).isEqualTo(1);
        // `import` of line 2 is written at line 14, column 6 (after the opening quote at column 5)
        assertThat(cells.origin(2, 1)).isEqualTo(new NotebookCells.Origin(14, 6, 2));
        assertThat(cells.origin(3, 5)).isEqualTo(new NotebookCells.Origin(15, 10, 2));
    }

    @Test
    void mapsEachLineOfAStringSourceToThatJsonLineAtItsOwnColumnCountingEscapes() throws Exception {
        // line 3 is ` "source": "a = \"\u00e9\"\nb = 2"}]}`: the quote at column 12, `a` at 13, `\"` at 17,
        // `\u00e9` at 19, the closing `\"` at 25, `\n` at 27 and `b` at 29
        String json = "{\"cells\": [\n{\"cell_type\": \"code\",\n \"source\": \"a = \\\"\\u00e9\\\"\\nb = 2\"}]}";
        NotebookCells cells = parse(json);

        assertThat(cells.python()).isEqualTo("a = \"é\"\nb = 2\n");
        assertThat(cells.origin(1, 1)).isEqualTo(new NotebookCells.Origin(3, 13, 1));
        assertThat(cells.origin(1, 5)).isEqualTo(new NotebookCells.Origin(3, 17, 1));
        assertThat(cells.origin(1, 7)).isEqualTo(new NotebookCells.Origin(3, 25, 1));
        assertThat(cells.origin(2, 1)).isEqualTo(new NotebookCells.Origin(3, 29, 1));
    }

    @Test
    void blanksMagicsShellLinesAndHelpButKeepsTheLineCount() throws Exception {
        NotebookCells cells = parse(codeCell("\"%pip install mistralai\\n\"", "\"!echo 'it's\\n\"",
                "\"files = !ls\\n\"", "\"Mistral?\\n\"", "\"??client.chat\\n\"", "\"x = 1 % 2\""));

        assertThat(cells.python()).isEqualTo("\n\n\n\n\nx = 1 % 2\n");
        assertThat(cells.origin(6, 1).line()).isEqualTo(7);
    }

    @Test
    void blanksACellUnderAShellCellMagicButReadsTimeAndWritefileOfPythonAsPython() throws Exception {
        NotebookCells bash = parse(codeCell("\"%%bash\\n\"", "\"echo 'unbalanced\\n\"", "\"client.chat.complete()\""));
        NotebookCells timed = parse(codeCell("\"%%time\\n\"", "\"x = 1\""));
        NotebookCells written = parse(codeCell("\"%%writefile app.py\\n\"", "\"x = 1\""));

        assertThat(bash.python()).isEqualTo("\n\n\n");
        assertThat(timed.python()).isEqualTo("\nx = 1\n");
        assertThat(written.python()).isEqualTo("\nx = 1\n");
    }

    @Test
    void aLineInsideATripleQuotedStringIsNeverTakenForAMagic() throws Exception {
        NotebookCells cells = parse(codeCell("\"prompt = \\\"\\\"\\\"\\n\"", "\"!Important: be brief\\\"\\\"\\\"\\n\"",
                "\"%env X\""));

        assertThat(cells.python()).isEqualTo("prompt = \"\"\"\n!Important: be brief\"\"\"\n\n");
    }

    @Test
    void numbersCellsCountingMarkdownAndRawCellsAndEndsEachCodeCellOnItsOwnLine() throws Exception {
        String json = """
                {"cells": [
                 {"cell_type": "code", "source": "a = 1"},
                 {"cell_type": "markdown", "source": "text"},
                 {"cell_type": "raw", "source": "raw"},
                 {"source": ["b = 2"], "cell_type": "code"}
                ]}
                """;

        NotebookCells cells = parse(json);

        assertThat(cells.python()).isEqualTo("a = 1\nb = 2\n");
        assertThat(cells.origin(1, 1).cell()).isEqualTo(1);
        assertThat(cells.origin(2, 1)).isEqualTo(new NotebookCells.Origin(5, 15, 4));
        assertThat(cells.cellAt(5, 15)).hasValue(4);
    }

    @Test
    void readsTheInputOfNbformat3Worksheets() throws Exception {
        String json = """
                {"nbformat": 3, "worksheets": [{"cells": [
                  {"cell_type": "heading", "source": ["Title"]},
                  {"cell_type": "code", "language": "python", "input": ["x = 1\\n", "y = 2"]}
                ]}]}
                """;

        NotebookCells cells = parse(json);

        assertThat(cells.python()).isEqualTo("x = 1\ny = 2\n");
        assertThat(cells.origin(2, 1)).isEqualTo(new NotebookCells.Origin(3, 69, 2));
    }

    @Test
    void readsTheKernelLanguageFromTheMetadata() throws Exception {
        NotebookCells r = parse("{\"cells\": [], \"metadata\": {\"kernelspec\": {\"language\": \"R\", \"name\": \"ir\"}}}");
        NotebookCells python = parse("{\"metadata\": {\"language_info\": {\"name\": \"python\"}}, \"cells\": []}");
        NotebookCells silent = parse("{\"cells\": []}");

        assertThat(r.language()).hasValue("r");
        assertThat(r.isPython()).isFalse();
        assertThat(python.isPython()).isTrue();
        assertThat(silent.isPython()).isTrue();
    }

    @Test
    void namesWhereJsonThatIsNotANotebookGoesWrong() {
        assertThatThrownBy(() -> parse("{\"cells\": [\n  {\"cell_type\": \"code\",, }]}"))
                .isInstanceOf(NotebookCells.MalformedNotebookException.class)
                .hasMessageStartingWith("not a Jupyter notebook: invalid JSON at line 2, column 24 (");
        assertThatThrownBy(() -> parse("")).hasMessage("not a Jupyter notebook: the file is empty");
        assertThatThrownBy(() -> parse("[1, 2]")).hasMessage("not a Jupyter notebook: the JSON is not an object");
        assertThatThrownBy(() -> parse("{\"nbformat\": 4}"))
                .hasMessage("not a Jupyter notebook: no `cells` (nbformat 4) or `worksheets` (nbformat 3)");
        assertThatThrownBy(() -> parse("{\"cells\": [{\"cell_type\": \"code\",\n \"source\": 42}]}"))
                .hasMessage("not a Jupyter notebook: cell 1 has a `source` that is neither a string nor a list (line 2)");
    }

    @Test
    void tellsTheCellsOfANotebookSavedOnOneLineApartByColumn() throws Exception {
        String json = "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"a = 1\\n\"]}, "
                + "{\"cell_type\": \"markdown\", \"source\": [\"# b\"]}, "
                + "{\"cell_type\": \"code\", \"source\": [\"c = 2\\n\"]}], \"nbformat\": 4}";

        NotebookCells cells = parse(json);

        int secondCode = json.indexOf("c = 2") + 1;
        assertThat(cells.origin(2, 1)).isEqualTo(new NotebookCells.Origin(1, secondCode, 3));
        assertThat(cells.origin(1, 1).cell()).isEqualTo(1);
        assertThat(cells.cellAt(1, json.indexOf("a = 1") + 1)).hasValue(1);
    }

    @Test
    void neverQuotesTheTokenThatBreaksTheJsonSinceItMayBeAKey() {
        String token = "Ab1" + "x".repeat(26) + "Z9q";
        String json = "{\"cells\": [], \"api_key\": " + token + "}";

        assertThatThrownBy(() -> parse(json)).isInstanceOf(NotebookCells.MalformedNotebookException.class)
                .hasMessageStartingWith("not a Jupyter notebook: invalid JSON at line 1, column ")
                .hasMessageNotContaining(token.substring(4));
    }
}
