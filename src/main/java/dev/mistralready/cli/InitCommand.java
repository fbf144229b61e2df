package dev.mistralready.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init",
        description = {"Write a checklist.yaml for the project in DIR: the built-in checklist's gates that apply to it "
                + "(a Mistral SDK, npm scripts, Maven, Gradle, pytest, Kubernetes manifests, alert rules, a runbook), "
                + "with the commands it has and the built-in checklist's comments.",
                "Refuses to replace an existing checklist.yaml unless --force is given."},
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false)
final class InitCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "The project (default: the current directory).")
    private Optional<Path> directory = Optional.empty();

    @Option(names = "--force", description = "Replace an existing checklist.yaml.")
    private boolean force;

    InitCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        return UserErrors.handle(console, this::init);
    }

    private int init() throws UsageException, IOException {
        Path root = root();
        Path target = root.resolve(ChecklistSource.FILE_NAME);
        String shown = directory.map(dir -> dir.resolve(ChecklistSource.FILE_NAME).toString()).orElse(ChecklistSource.FILE_NAME);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!force) {
                throw new UsageException(shown + " already exists; nothing written (use --force to replace it)");
            }
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException(shown + " is a directory; nothing written");
            }
        }
        ProjectSurvey survey = ProjectSurvey.of(root);
        survey.problems().forEach(problem -> console.err().println("mistral-ready: " + problem));
        StarterChecklist checklist = StarterChecklist.of(survey);
        write(target, checklist.text(ChecklistSource.builtInText()));

        Map<String, String> detected = StarterChecklist.detected(survey);
        int width = detected.keySet().stream().mapToInt(String::length).max().orElse(0);
        console.out().println("Detected in " + directory.map(Path::toString).orElse(".") + ":");
        detected.forEach((what, where) ->
                console.out().println(String.format(Locale.ROOT, "  %-" + width + "s  %s", what, StarterChecklist.oneLine(where))));
        console.out().println("Wrote " + shown + ": " + checklist.ids().size() + " gates ("
                + String.join(", ", checklist.ids()) + ")");
        String dir = directory.map(d -> " " + d).orElse("");
        console.out().println("Next: mistral-ready validate" + dir + ", then mistral-ready check" + dir);
        return ExitCodes.PASSED;
    }

    private Path root() throws UsageException {
        Path root = console.workingDirectory().resolve(directory.orElse(Path.of(""))).normalize();
        String shown = directory.map(Path::toString).orElse(root.toString());
        if (!Files.isDirectory(root)) {
            throw new UsageException((Files.exists(root) ? "not a directory: " : "directory not found: ") + shown);
        }
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new UsageException("cannot open directory " + shown + ": " + e.getMessage());
        }
    }

    /** Whole or not at all: a temp file beside the target, then a rename, which replaces a link itself, never its target. */
    private static void write(Path target, String text) throws UsageException {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + target + ": " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the rename succeeded or the message above says why not
            }
        }
    }
}
