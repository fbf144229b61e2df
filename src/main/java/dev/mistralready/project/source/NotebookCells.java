package dev.mistralready.project.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The code cells of a Jupyter notebook ({@code .ipynb}) as one Python text, and where each of its
 * characters is written in the notebook file, so a lint of that text can report the notebook's own
 * line and column.
 *
 * <p>Reads nbformat 4 ({@code cells[]} with {@code cell_type} and {@code source}) and nbformat 3
 * ({@code worksheets[].cells[]}, code in {@code input}). A source is a string or a list of strings
 * joined as they are; each code cell ends on a line of its own. Cells are numbered from 1 in the
 * order the notebook shows them, markdown and raw cells included, so "cell 4" is the fourth cell a
 * reader scrolls past.
 *
 * <p>IPython syntax that is not Python is blanked out, keeping the line count: line magics and shell
 * escapes ({@code %pip install ...}, {@code !ls}, {@code files = !ls}), help lines ({@code Mistral?},
 * {@code ??client}), and whole cells under a cell magic ({@code %%bash}) unless that magic runs its
 * body as Python ({@code %%time}, {@code %%timeit}, {@code %%capture}, {@code %%prun},
 * {@code %%writefile x.py}). A line inside a triple-quoted string is never taken for a magic.
 *
 * <p>Positions come from Jackson's token locations: the line and column of each source string's
 * opening quote, then the string's escapes walked so each character gets its own column. In the
 * list form each source line is its own JSON string on its own line; in the string form one JSON
 * line holds the whole cell, and every Python line maps to that JSON line, at its own column.
 */
public final class NotebookCells {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Cell magics whose body IPython runs as Python. */
    private static final List<String> PYTHON_CELL_MAGICS = List.of("time", "timeit", "capture", "prun");

    private final String python;
    private final int[] lineStarts;
    private final int[] fileLines;
    private final int[] fileColumns;
    private final TreeMap<Long, Integer> cellByFileLine;
    private final int codeCells;
    private final Optional<String> language;

    private NotebookCells(String python, int[] fileLines, int[] fileColumns, TreeMap<Long, Integer> cellByFileLine,
                          int codeCells, Optional<String> language) {
        this.python = python;
        this.fileLines = fileLines;
        this.fileColumns = fileColumns;
        this.cellByFileLine = cellByFileLine;
        this.codeCells = codeCells;
        this.language = language;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < python.length(); i++) {
            if (python.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A file that is not a notebook this class can read: not JSON, or JSON of another shape. */
    public static final class MalformedNotebookException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedNotebookException(String message) {
            super(message);
        }
    }

    /** Where a character of {@link #python()} is written in the notebook file, and the cell it belongs to. */
    public record Origin(int line, int column, int cell) {
    }

    /** Parses a notebook's JSON text. */
    public static NotebookCells parse(String json) throws MalformedNotebookException {
        Objects.requireNonNull(json, "json");
        if (json.isBlank()) {
            throw new MalformedNotebookException("not a Jupyter notebook: the file is empty");
        }
        try (JsonParser parser = JSON.createParser(json)) {
            return new Reader(parser, json).read();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            // Jackson quotes the offending token ("Unrecognized token 'AbC…'"), which may be a key: never show it
            String why = Optional.ofNullable(e.getOriginalMessage()).flatMap(message -> message.lines().findFirst())
                    .map(line -> " (" + line.replaceAll("'[^']*'", "'…'") + ")").orElse("");
            throw new MalformedNotebookException("not a Jupyter notebook: invalid JSON" + where + why);
        } catch (IOException e) {
            throw new MalformedNotebookException("not a Jupyter notebook: " + e.getMessage());
        }
    }

    /** The code cells as Python, one line per source line; magics and shell lines are blank. */
    public String python() {
        return python;
    }

    /** How many code cells the notebook has. */
    public int codeCells() {
        return codeCells;
    }

    /** The kernel's language ({@code metadata.kernelspec.language} or {@code language_info.name}), lower case. */
    public Optional<String> language() {
        return language;
    }

    /** Whether the notebook's code is Python: its metadata says so, or says nothing. */
    public boolean isPython() {
        return language.map(name -> name.startsWith("python") || name.equals("ipython")).orElse(true);
    }

    /** Where the character at a 1-based line and column of {@link #python()} is written in the notebook. */
    public Origin origin(int line, int column) {
        if (fileLines.length == 0) {
            return new Origin(1, 1, 1);
        }
        int row = Math.max(0, Math.min(line - 1, lineStarts.length - 1));
        int start = lineStarts[row];
        int end = row + 1 < lineStarts.length ? lineStarts[row + 1] - 1 : python.length() - 1;
        int offset = Math.max(start, Math.min(start + Math.max(column, 1) - 1, end));
        offset = Math.min(offset, fileLines.length - 1);
        return new Origin(fileLines[offset], fileColumns[offset], cellAt(fileLines[offset], fileColumns[offset]).orElse(1));
    }

    /**
     * The cell whose source is written at a line and column of the notebook file, if any: by
     * column too, since a notebook saved on one line has every cell on line 1.
     */
    public OptionalInt cellAt(int fileLine, int fileColumn) {
        var entry = cellByFileLine.floorEntry(place(fileLine, fileColumn > 0 ? fileColumn : Integer.MAX_VALUE));
        return entry == null ? OptionalInt.empty() : OptionalInt.of(entry.getValue());
    }

    /** Streams through the notebook once, collecting code cells with the position of every character. */
    private static final class Reader {
        private final JsonParser parser;
        private final String json;
        private final StringBuilder python = new StringBuilder();
        private int[] lines = new int[256];
        private int[] columns = new int[256];
        private final TreeMap<Long, Integer> cellByLine = new TreeMap<>();
        private int cellNumber;
        private int codeCells;
        private String kernelLanguage;
        private String languageInfo;
        private boolean sawCells;

        Reader(JsonParser parser, String json) {
            this.parser = parser;
            this.json = json;
        }

        NotebookCells read() throws IOException, MalformedNotebookException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedNotebookException("not a Jupyter notebook: the JSON is not an object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "cells" -> cells(value);
                    case "worksheets" -> worksheets(value);
                    case "metadata" -> metadata(value);
                    default -> parser.skipChildren();
                }
            }
            if (!sawCells) {
                throw new MalformedNotebookException("not a Jupyter notebook: no `cells` (nbformat 4) or `worksheets` (nbformat 3)");
            }
            Optional<String> language = Optional.ofNullable(kernelLanguage != null ? kernelLanguage : languageInfo)
                    .map(name -> name.toLowerCase(Locale.ROOT));
            int length = python.length();
            return new NotebookCells(python.toString(), Arrays.copyOf(lines, length), Arrays.copyOf(columns, length),
                    cellByLine, codeCells, language);
        }

        private void worksheets(JsonToken value) throws IOException, MalformedNotebookException {
            expect(value, JsonToken.START_ARRAY, "`worksheets` is not a list");
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                expect(parser.currentToken(), JsonToken.START_OBJECT, "a worksheet is not an object");
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken inner = parser.nextToken();
                    if (field.equals("cells")) {
                        cells(inner);
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        }

        private void cells(JsonToken value) throws IOException, MalformedNotebookException {
            expect(value, JsonToken.START_ARRAY, "`cells` is not a list");
            sawCells = true;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                cellNumber++;
                expect(parser.currentToken(), JsonToken.START_OBJECT, "cell " + cellNumber + " is not an object");
                cell();
            }
        }

        /** One cell; {@code cell_type} may come after {@code source}, so the source is kept until the cell ends. */
        private void cell() throws IOException, MalformedNotebookException {
            String type = null;
            List<Fragment> source = null;
            List<Fragment> input = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "cell_type" -> {
                        expect(value, JsonToken.VALUE_STRING, "cell " + cellNumber + " has a `cell_type` that is not a string");
                        type = parser.getText();
                    }
                    case "source" -> source = source(value, "source");
                    case "input" -> input = source(value, "input");
                    default -> parser.skipChildren();
                }
            }
            if (!"code".equals(type)) {
                return;
            }
            codeCells++;
            List<Fragment> code = source != null ? source : input != null ? input : List.of();
            addCell(code);
        }

        private List<Fragment> source(JsonToken value, String field) throws IOException, MalformedNotebookException {
            List<Fragment> fragments = new ArrayList<>();
            if (value == JsonToken.VALUE_STRING) {
                fragments.add(fragment());
                return fragments;
            }
            expect(value, JsonToken.START_ARRAY, "cell " + cellNumber + " has a `" + field + "` that is neither a string nor a list");
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                expect(parser.currentToken(), JsonToken.VALUE_STRING,
                        "cell " + cellNumber + " has a `" + field + "` line that is not a string");
                fragments.add(fragment());
            }
            return fragments;
        }

        /** The current string token, with the column in the file of each of its characters. */
        private Fragment fragment() throws IOException {
            String text = parser.getText();
            JsonLocation at = parser.currentTokenLocation();
            int line = Math.max(1, at.getLineNr());
            int quoteColumn = Math.max(1, at.getColumnNr());
            int[] charColumns = new int[text.length()];
            long offset = at.getCharOffset();
            if (!walk(offset, quoteColumn, charColumns)) {
                Arrays.fill(charColumns, quoteColumn + 1); // cannot tell: the string's start
            }
            return new Fragment(text, line, charColumns);
        }

        /**
         * Walks the raw JSON string from its opening quote, giving each decoded character the column of
         * its raw form ({@code \n} and {@code \u00e9} are one character written in two or six).
         */
        private boolean walk(long quoteOffset, int quoteColumn, int[] charColumns) {
            if (quoteOffset < 0 || quoteOffset >= json.length() || json.charAt((int) quoteOffset) != '"') {
                return false;
            }
            int raw = (int) quoteOffset + 1;
            int column = quoteColumn + 1;
            int decoded = 0;
            while (raw < json.length() && json.charAt(raw) != '"') {
                if (decoded >= charColumns.length) {
                    return false;
                }
                charColumns[decoded++] = column;
                int width = json.charAt(raw) != '\\' ? 1 : raw + 1 < json.length() && json.charAt(raw + 1) == 'u' ? 6 : 2;
                raw += width;
                column += width;
            }
            return decoded == charColumns.length;
        }

        private void addCell(List<Fragment> fragments) {
            if (fragments.isEmpty()) {
                return;
            }
            fragments.forEach(fragment -> cellByLine.put(
                    place(fragment.line(), fragment.columns().length == 0 ? 1 : fragment.columns()[0]), cellNumber));
            // The cell's characters, each with where it is written; line breaks normalised to \n.
            StringBuilder text = new StringBuilder();
            List<int[]> where = new ArrayList<>();
            for (Fragment fragment : fragments) {
                String s = fragment.text();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        continue;
                    }
                    text.append(c == '\r' || c == '\u2028' || c == '\u2029' ? '\n' : c);
                    where.add(new int[] {fragment.line(), fragment.columns()[i]});
                }
            }
            if (text.isEmpty()) {
                return;
            }
            if (text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
                where.add(where.get(where.size() - 1));
            }
            List<Boolean> blank = IPythonSyntax.blankLines(text.toString(), PYTHON_CELL_MAGICS);
            int row = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || !blank.get(row)) {
                    append(c, where.get(i));
                }
                if (c == '\n') {
                    row++;
                }
            }
        }

        private void append(char c, int[] where) {
            int at = python.length();
            if (at == lines.length) {
                lines = Arrays.copyOf(lines, at * 2);
                columns = Arrays.copyOf(columns, at * 2);
            }
            python.append(c);
            lines[at] = where[0];
            columns[at] = where[1];
        }

        private void metadata(JsonToken value) throws IOException {
            if (value != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken inner = parser.nextToken();
                if ((field.equals("kernelspec") || field.equals("language_info")) && inner == JsonToken.START_OBJECT) {
                    String wanted = field.equals("kernelspec") ? "language" : "name";
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        JsonToken entry = parser.nextToken();
                        if (key.equals(wanted) && entry == JsonToken.VALUE_STRING) {
                            if (field.equals("kernelspec")) {
                                kernelLanguage = parser.getText();
                            } else {
                                languageInfo = parser.getText();
                            }
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }

        private void expect(JsonToken actual, JsonToken wanted, String problem) throws MalformedNotebookException {
            if (actual != wanted) {
                JsonLocation at = parser.currentTokenLocation();
                throw new MalformedNotebookException("not a Jupyter notebook: " + problem + " (line " + at.getLineNr() + ")");
            }
        }
    }

    /** One JSON string of a cell's source: its text, its line in the file, and each character's column. */
    private record Fragment(String text, int line, int[] columns) {
    }

    /** A line and column as one ordered key. */
    private static long place(int line, int column) {
        return (long) line << 32 | column;
    }
}
