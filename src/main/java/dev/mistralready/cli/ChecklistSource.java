package dev.mistralready.cli;

import dev.mistralready.checklist.Checklist;
import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.project.files.ContainedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the checklist to use: {@code -c FILE}, else {@code DIR/checklist.yaml}, else the built-in
 * default (the repository's top-level checklist.yaml, bundled in the jar).
 *
 * @param checklist  the loaded checklist; its file name is how errors name it (relative to the working directory)
 * @param anchorName how findings without a file name the checklist (relative to the project root)
 * @param inProject  whether the checklist is a file inside the project root, so {@code anchorName} is a
 *                   path relative to it (not the built-in one, nor one named with {@code -c} outside)
 */
record ChecklistSource(Checklist checklist, String anchorName, boolean inProject) {

    static final String FILE_NAME = "checklist.yaml";
    static final String BUILT_IN_NAME = "<built-in>/" + FILE_NAME;
    private static final String BUILT_IN_RESOURCE = "/dev/mistralready/" + FILE_NAME;

    static ChecklistSource find(Optional<Path> explicit, Path projectRoot, Path workingDirectory)
            throws ChecklistException, UsageException {
        if (explicit.isPresent()) {
            Path file = workingDirectory.resolve(explicit.get()).normalize();
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("checklist not found: " + explicit.get());
            }
            return fromFile(file, projectRoot, workingDirectory)
                    .orElseThrow(() -> new UsageException("checklist not found: " + explicit.get()));
        }
        Optional<ChecklistSource> inProject = fromFile(projectRoot.resolve(FILE_NAME), projectRoot, workingDirectory);
        if (inProject.isPresent()) {
            return inProject.get();
        }
        return new ChecklistSource(ChecklistLoader.parse(BUILT_IN_NAME, builtInText()), BUILT_IN_NAME, false);
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

    /**
     * The checklist in {@code file}, if there is one. A file inside the project comes with the project
     * and is untrusted, so it must resolve inside it; one outside was named by the user.
     */
    private static Optional<ChecklistSource> fromFile(Path file, Path projectRoot, Path workingDirectory)
            throws ChecklistException, UsageException {
        String shownAs = shown(file, workingDirectory);
        Optional<byte[]> bytes;
        try {
            bytes = file.startsWith(projectRoot)
                    ? ContainedFile.readInside(projectRoot, file, shownAs, ChecklistLoader.MAX_BYTES)
                    : Optional.of(ContainedFile.readRegular(file, shownAs, ChecklistLoader.MAX_BYTES));
        } catch (ContainedFile.Refused e) {
            throw new UsageException("cannot use the checklist: " + e.getMessage());
        }
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        Checklist checklist = ChecklistLoader.load(bytes.get(), shownAs);
        boolean inProject = file.startsWith(projectRoot);
        String anchor = inProject ? slashes(projectRoot.relativize(file)) : shownAs;
        return Optional.of(new ChecklistSource(checklist, anchor, inProject));
    }

    /** Relative to the working directory when inside it, so the path can be pasted into an editor. */
    private static String shown(Path file, Path workingDirectory) {
        return file.startsWith(workingDirectory) ? slashes(workingDirectory.relativize(file)) : file.toString();
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
