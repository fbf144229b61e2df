package dev.mistralready.cli;

import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The project a command works on and its checklist: {@code [DIR]} and {@code -c FILE}, shared by
 * every command that runs gates. DIR is resolved against the working directory and must exist.
 */
final class ProjectDirectory {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "The project (default: the current directory).")
    private Optional<Path> directory = Optional.empty();

    @Option(names = {"-c", "--checklist"}, paramLabel = "FILE",
            description = "The checklist (default: DIR/checklist.yaml, else the built-in one).")
    private Optional<Path> checklist = Optional.empty();

    /** The project's real path. */
    Path root(Path workingDirectory) throws UsageException {
        Path root = workingDirectory.resolve(directory.orElse(Path.of(""))).normalize();
        if (!Files.exists(root)) {
            throw new UsageException("directory not found: " + directory.map(Path::toString).orElse(root.toString()));
        }
        if (!Files.isDirectory(root)) {
            throw new UsageException("not a directory: " + directory.map(Path::toString).orElse(root.toString()));
        }
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new UsageException("cannot open directory " + root + ": " + e.getMessage());
        }
    }

    /**
     * Refuses a directory without a single file (outside {@code .git}): a mistyped or not yet checked-out
     * DIR would otherwise pass, every gate but the secret scan skipped for want of anything to read.
     */
    void requireFiles(Path root) throws UsageException {
        if (!hasAFile(root)) {
            throw new UsageException("no files in " + directory.map(Path::toString).orElse(root.toString())
                    + ": there is nothing to check; name the project's directory");
        }
    }

    private static boolean hasAFile(Path root) throws UsageException {
        AtomicBoolean found = new AtomicBoolean();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(root) && dir.getFileName().toString().equals(".git")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isDirectory()) {
                        return FileVisitResult.CONTINUE;
                    }
                    found.set(true);
                    return FileVisitResult.TERMINATE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UsageException("cannot read directory " + root + ": " + e.getMessage());
        }
        return found.get();
    }

    /**
     * The checklist for {@code root}: {@code -c}, else DIR/checklist.yaml, else the built-in one. A broken
     * one is reported with the planner's problems too, so that every problem is told at once.
     */
    ChecklistSource checklist(Path root, Path workingDirectory) throws UsageException, ChecklistException {
        try {
            return ChecklistSource.find(checklist, root, workingDirectory);
        } catch (ChecklistException e) {
            throw AllChecklistProblems.of(e, new GatePlanner(CheckRegistry.installed()));
        }
    }
}
