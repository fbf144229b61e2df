package dev.mistralready.checks.models;

import java.util.List;
import java.util.Optional;

/** The kinds of file the model lint reads, told by name, and how each is searched for Mistral calls. */
enum SourceLanguage {
    PYTHON,
    JAVA,
    JAVASCRIPT,
    /** Spring Boot configuration: read all together, since profiles lay over the base. */
    SPRING;

    private static final List<String> SCRIPT_EXTENSIONS = List.of(".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs");

    static Optional<SourceLanguage> of(String path) {
        if (path.endsWith(".py")) {
            return Optional.of(PYTHON);
        }
        if (path.endsWith(".java")) {
            return Optional.of(JAVA);
        }
        if (SpringConfigCalls.isSpringConfig(path)) {
            return Optional.of(SPRING);
        }
        return SCRIPT_EXTENSIONS.stream().anyMatch(path::endsWith) ? Optional.of(JAVASCRIPT) : Optional.empty();
    }

    /** The Mistral clients and calls of one source file; not for {@link #SPRING}, see {@link SpringConfigCalls}. */
    FileCalls calls(String file, String text, ModelCatalogue catalogue) {
        return switch (this) {
            case PYTHON -> PythonCalls.find(file, text);
            case JAVA -> JavaCalls.find(file, text, catalogue);
            case JAVASCRIPT -> JavaScriptCalls.find(file, text);
            case SPRING -> throw new IllegalStateException("Spring configuration is read per directory, not per file");
        };
    }

    /** Timeouts, retries and error handling of a file with Mistral calls or clients. */
    FileResilience resilience(String file, String text) {
        return switch (this) {
            case PYTHON -> ClientSettings.python(file, text);
            case JAVA -> JavaCalls.resilience(file, text);
            case JAVASCRIPT -> ClientSettings.javaScript(file, text, StatusFieldChecks.find(file, text));
            case SPRING -> throw new IllegalStateException("Spring configuration is read per directory, not per file");
        };
    }
}
