package dev.mistralready.cli;

import dev.mistralready.checklist.Checklist;
import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the checklist to use: {@code -c FILE}, else {@code DIR/checklist.yaml}, else the built-in
 * default (the repository's top-level checklist.yaml, bundled in the jar).
 *
 * @param checklist  the loaded checklist; its file name is how errors name it (relative to the working directory)
 * @param anchorName how findings without a file name the checklist (relative to the project root)
 */
record ChecklistSource(Checklist checklist, String anchorName) {

    static final String FILE_NAME = "checklist.yaml";
    static final String BUILT_IN_NAME = "<built-in>/" + FILE_NAME;
    private static final String BUILT_IN_RESOURCE = "/dev/mistralready/" + FILE_NAME;

    static ChecklistSource find(Optional<Path> explicit, Path projectRoot, Path workingDirectory)
            throws ChecklistException, UsageException {
        if (explicit.isPresent()) {
            Path file = workingDirectory.resolve(explicit.get()).normalize();
            if (!Files.isRegularFile(file)) {
                throw new UsageException("checklist not found: " + explicit.get());
            }
            return fromFile(file, projectRoot, workingDirectory);
        }
        Path inProject = projectRoot.resolve(FILE_NAME);
        if (Files.isRegularFile(inProject)) {
            return fromFile(inProject, projectRoot, workingDirectory);
        }
        return new ChecklistSource(ChecklistLoader.parse(BUILT_IN_NAME, builtInText()), BUILT_IN_NAME);
    }

    static String builtInText() {
        try (InputStream in = ChecklistSource.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in checklist is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in checklist", e);
        }
    }

    private static ChecklistSource fromFile(Path file, Path projectRoot, Path workingDirectory) throws ChecklistException {
        Checklist checklist = ChecklistLoader.load(file, shown(file, workingDirectory));
        String anchor = file.startsWith(projectRoot) ? slashes(projectRoot.relativize(file)) : shown(file, workingDirectory);
        return new ChecklistSource(checklist, anchor);
    }

    /** Relative to the working directory when inside it, so the path can be pasted into an editor. */
    private static String shown(Path file, Path workingDirectory) {
        return file.startsWith(workingDirectory) ? slashes(workingDirectory.relativize(file)) : file.toString();
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
