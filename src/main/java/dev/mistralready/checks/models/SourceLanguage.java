package dev.mistralready.checks.models;

import dev.mistralready.check.ByteSize;
import dev.mistralready.project.files.SkipReason;
import dev.mistralready.project.files.SkippedFile;
import dev.mistralready.project.source.NotebookCells;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The kinds of file the model lint reads, told by name, and how each is searched for Mistral calls. */
enum SourceLanguage {
    PYTHON,
    JAVA,
    JAVASCRIPT,
    /** Spring Boot configuration: read all together, since profiles lay over the base. */
    SPRING,
    /** A Jupyter notebook: its code cells, read as Python, reported at the notebook's own lines. */
    NOTEBOOK;

    /**
     * How much larger than {@code max-file-size} a notebook file may be: its outputs (plots and
     * images as base64, tables as HTML) are never read, and routinely run to megabytes around a
     * few kilobytes of code, so the limit is applied to its code cells ({@link #codeOverLimit}).
     */
    static final long NOTEBOOK_FILE_FACTOR = 32;

    private static final List<String> SCRIPT_EXTENSIONS = List.of(".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs");

    static Optional<SourceLanguage> of(String path) {
        if (path.endsWith(".py")) {
            return Optional.of(PYTHON);
        }
        if (path.endsWith(".ipynb")) {
            return Optional.of(NOTEBOOK);
        }
        if (path.endsWith(".java")) {
            return Optional.of(JAVA);
        }
        if (SpringConfigCalls.isSpringConfig(path)) {
            return Optional.of(SPRING);
        }
        return SCRIPT_EXTENSIONS.stream().anyMatch(path::endsWith) ? Optional.of(JAVASCRIPT) : Optional.empty();
    }

    /** The most bytes of a file of this kind that are read, for a {@code max-file-size} of {@code maxBytes}. */
    long readLimit(long maxBytes) {
        if (this != NOTEBOOK) {
            return maxBytes;
        }
        return maxBytes > Long.MAX_VALUE / NOTEBOOK_FILE_FACTOR ? Long.MAX_VALUE : maxBytes * NOTEBOOK_FILE_FACTOR;
    }

    /**
     * Why a notebook read within {@link #readLimit} is still not linted: its code cells alone are
     * over {@code maxBytes}, as a source file of that size would be; empty if they are not.
     */
    static Optional<SkippedFile> codeOverLimit(String path, NotebookCells cells, long maxBytes) {
        long code = cells.python().getBytes(StandardCharsets.UTF_8).length;
        return code > maxBytes ? Optional.of(new SkippedFile(path, SkipReason.TOO_LARGE,
                "code cells " + ByteSize.format(code) + " > " + ByteSize.format(maxBytes) + " limit")) : Optional.empty();
    }

    /** The Mistral clients and calls of one source file; not for {@link #SPRING}, see {@link SpringConfigCalls}. */
    FileCalls calls(String file, String text, ModelCatalogue catalogue) {
        return switch (this) {
            case PYTHON -> PythonCalls.find(file, text);
            case JAVA -> JavaCalls.find(file, text, catalogue);
            case JAVASCRIPT -> JavaScriptCalls.find(file, text);
            case NOTEBOOK -> notebook(file, text).calls();
            case SPRING -> throw new IllegalStateException("Spring configuration is read per directory, not per file");
        };
    }

    /** Timeouts, retries and error handling of a file with Mistral calls or clients. */
    FileResilience resilience(String file, String text) {
        return switch (this) {
            case PYTHON -> ClientSettings.python(file, text);
            case JAVA -> JavaCalls.resilience(file, text);
            case JAVASCRIPT -> ClientSettings.javaScript(file, text, StatusFieldChecks.find(file, text));
            case NOTEBOOK -> notebook(file, text).resilience();
            case SPRING -> throw new IllegalStateException("Spring configuration is read per directory, not per file");
        };
    }

    /**
     * A notebook's JSON parsed for {@link #calls} and {@link #resilience}. A caller that must count a
     * notebook it cannot parse as unread parses it first with {@link NotebookCells#parse}, as the gate does.
     *
     * @throws IllegalArgumentException naming the file and why it is not a notebook
     */
    private static NotebookPython notebook(String file, String text) {
        try {
            return new NotebookPython(file, NotebookCells.parse(text));
        } catch (NotebookCells.MalformedNotebookException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
