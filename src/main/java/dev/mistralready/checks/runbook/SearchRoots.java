package dev.mistralready.checks.runbook;

import dev.mistralready.project.files.FileSelection;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where the runbook globs begin in one project, spelled as on disk: the literal directories a glob
 * starts with, found whatever their case ({@code Docs} for {@code docs/**}{@code /runbook*.md}), and the
 * root's own files a one-segment glob names ({@code RUNBOOK.md} for {@code *runbook*.md}). Only names
 * are looked at, never a file's content; a link or unreadable directory on the way is itself a place,
 * so that the listing names it as not read.
 */
final class SearchRoots {

    private SearchRoots() {
    }

    /** The files and directories to list, or empty when none of the places is in the project. */
    static Optional<FileSelection> find(Path root, List<String> rootedGlobs) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        for (String glob : rootedGlobs) {
            String prefix = RunbookPaths.literalPrefix(glob);
            if (prefix.isEmpty()) {
                found.addAll(rootNamesMatching(root, glob));
            } else {
                found.addAll(resolve(root, prefix.split("/")));
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(FileSelection.paths(new ArrayList<>(found)));
    }

    private static List<String> rootNamesMatching(Path root, String glob) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + lower(glob));
        List<String> names = new ArrayList<>();
        for (String name : names(root)) {
            if (matcher.matches(Path.of(lower(name)))) {
                names.add(name);
            }
        }
        return names;
    }

    /** The paths whose segments equal these, ignoring case; a link or unreadable directory on the way stops there. */
    private static List<String> resolve(Path root, String[] segments) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> current = List.of("");
        for (int i = 0; i < segments.length; i++) {
            List<String> next = new ArrayList<>();
            for (String directory : current) {
                List<String> names;
                try {
                    names = names(directory.isEmpty() ? root : root.resolve(directory));
                } catch (IOException e) {
                    if (directory.isEmpty()) {
                        throw e;
                    }
                    found.add(directory); // the listing says why it could not be read
                    continue;
                }
                for (String name : names) {
                    if (!name.equalsIgnoreCase(segments[i])) {
                        continue;
                    }
                    String path = directory.isEmpty() ? name : directory + "/" + name;
                    Path entry = root.resolve(path);
                    if (i == segments.length - 1 || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        if (i == segments.length - 1 || Files.isSymbolicLink(entry)) {
                            found.add(path);
                        }
                    } else {
                        next.add(path);
                    }
                }
            }
            current = next;
        }
        return found;
    }

    private static List<String> names(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) { // the root may be a link the user named; the rest are real directories
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                names.add(entry.getFileName().toString());
            }
        }
        return names;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
