package dev.mistralready.checks.models;

import dev.mistralready.project.files.FileContent;
import dev.mistralready.project.files.FileListing;
import dev.mistralready.project.files.FileSelection;
import dev.mistralready.project.files.ProjectFile;
import dev.mistralready.project.files.ProjectFiles;
import dev.mistralready.project.files.SkippedFile;
import dev.mistralready.project.files.TextFiles;
import dev.mistralready.project.source.NotebookCells;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints every Mistral call the model lint sees under a directory, for the bench in
 * {@code bench/model-lint/}; not a test (no {@code Test} suffix, so surefire leaves it alone).
 *
 * <pre>java -cp target/classes:target/test-classes:DEPS dev.mistralready.checks.models.CallCensus DIR [PATH...]</pre>
 *
 * <p>Lists the files as the gate does (git-aware, limited to the PATHs if given, without
 * {@code production-only}: tests and examples count; dependencies and generated files are
 * never read, as in the gate), reads every file that
 * {@link SourceLanguage#of} accepts, and prints one TSV line per call:
 * {@code file<TAB>line<TAB>sdk<TAB>callee}, the file relative to DIR. Spring configuration is read
 * all together, as the gate reads it. Files over {@code MAX_FILE_SIZE} bytes (the environment
 * variable; default 1 MiB, the gate's default; for a notebook, its code cells, as in the gate) are
 * named on stderr and not read.
 */
public final class CallCensus {

    private CallCensus() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: CallCensus DIR [PATH...]");
            System.exit(2);
        }
        long maxBytes = Optional.ofNullable(System.getenv("MAX_FILE_SIZE")).map(Long::parseLong).orElse(1L << 20);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Path root = Path.of(args[0]);
        List<String> paths = List.of(args).subList(1, args.length).stream().filter(p -> !p.equals(".")).toList();
        FileListing listing = ProjectFiles.list(root, new FileSelection(paths, ModelConfigOptions.NEVER_LINTED));
        ModelCatalogue catalogue = ModelCatalogue.bundled();
        Map<String, String> springConfig = new LinkedHashMap<>();
        List<ChatCall> calls = new ArrayList<>();
        for (ProjectFile file : listing.files()) {
            Optional<SourceLanguage> language = SourceLanguage.of(file.path());
            if (language.isEmpty()) {
                continue;
            }
            FileContent content = TextFiles.read(file, language.get().readLimit(maxBytes));
            if (!(content instanceof FileContent.Text text)) {
                System.err.println("not read: " + file.path() + " (" + content + ")");
                continue;
            }
            if (language.get() == SourceLanguage.NOTEBOOK) {
                try {
                    Optional<SkippedFile> tooMuchCode = SourceLanguage.codeOverLimit(file.path(),
                            NotebookCells.parse(text.text()), maxBytes);
                    if (tooMuchCode.isPresent()) {
                        System.err.println("not read: " + file.path() + " (" + tooMuchCode.get() + ")");
                        continue;
                    }
                } catch (NotebookCells.MalformedNotebookException e) {
                    System.err.println("not read: " + file.path() + " (" + e.getMessage() + ")");
                    continue;
                }
            }
            if (language.get() == SourceLanguage.SPRING) {
                springConfig.put(file.path(), text.text());
                continue;
            }
            try {
                calls.addAll(language.get().calls(file.path(), text.text(), catalogue).calls());
            } catch (RuntimeException e) {
                System.err.println("failed: " + file.path() + ": " + e);
            }
        }
        SpringConfigCalls.find(springConfig).forEach(file -> calls.addAll(file.calls()));
        for (ChatCall call : calls) {
            out.println(call.at().file() + "\t" + call.at().line() + "\t" + call.sdk() + "\t" + call.callee());
        }
        out.flush();
    }
}
