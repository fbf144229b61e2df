package dev.mistralready.project.files;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link FileSelection} compiled for the walkers. A walker asks {@link #entersDirectory} before it
 * descends, so an excluded or unselected directory is never read, and {@link #includesFile} for each
 * file; a file is only checked against its own path and name because its directories already passed.
 * The git history scan walks commit trees the same way, so it asks the same questions.
 */
public final class SelectionRules {

    private static final String ANY_DIRECTORY = "**/";
    private static final String EVERYTHING_UNDER = "/**";

    private final List<String> paths;
    private final List<PathMatcher> pathGlobs = new ArrayList<>();
    private final List<PathMatcher> directoryGlobs = new ArrayList<>();
    private final List<PathMatcher> nameGlobs = new ArrayList<>();

    private SelectionRules(FileSelection selection) {
        this.paths = selection.paths();
        FileSystem fileSystem = FileSystems.getDefault();
        for (String pattern : selection.exclude()) {
            if (!pattern.contains("/")) {
                nameGlobs.add(fileSystem.getPathMatcher("glob:" + pattern));
                continue;
            }
            for (String variant : rootedVariants(pattern)) {
                pathGlobs.add(fileSystem.getPathMatcher("glob:" + variant));
                if (variant.endsWith(EVERYTHING_UNDER) && variant.length() > EVERYTHING_UNDER.length()) {
                    String directory = variant.substring(0, variant.length() - EVERYTHING_UNDER.length());
                    directoryGlobs.add(fileSystem.getPathMatcher("glob:" + directory));
                }
            }
        }
    }

    public static SelectionRules of(FileSelection selection) {
        return new SelectionRules(selection);
    }

    /** The selected paths relative to the root; empty when everything is selected. */
    List<String> paths() {
        return paths;
    }

    /**
     * Whether a walker should descend into this directory (relative path, forward slashes).
     *
     * @throws java.nio.file.InvalidPathException when an exclude pattern must be matched against a
     *                                            name the JVM's file name encoding cannot spell
     */
    public boolean entersDirectory(String directory) {
        if (!isSelected(directory, true)) {
            return false;
        }
        if (pathGlobs.isEmpty() && nameGlobs.isEmpty()) {
            return true; // nothing excluded: no Path to build (one the locale cannot spell, even)
        }
        Path path = Path.of(directory);
        return !matchesAny(pathGlobs, path)
                && !matchesAny(directoryGlobs, path)
                && !matchesAny(nameGlobs, path.getFileName());
    }

    /** Whether this file (relative path, forward slashes), in a directory already entered, is listed. */
    public boolean includesFile(String file) {
        if (!isSelected(file, false)) {
            return false;
        }
        if (pathGlobs.isEmpty() && nameGlobs.isEmpty()) {
            return true; // nothing excluded: no Path to build, for each of many thousand files
        }
        Path path = Path.of(file);
        return !matchesAny(pathGlobs, path) && !matchesAny(nameGlobs, path.getFileName());
    }

    private boolean isSelected(String relative, boolean directory) {
        if (paths.isEmpty()) {
            return true;
        }
        for (String selected : paths) {
            if (relative.equals(selected) || relative.startsWith(selected + "/")) {
                return true;
            }
            if (directory && selected.startsWith(relative + "/")) {
                return true; // on the way to a selected path
            }
        }
        return false;
    }

    /** {@code **}{@code /x} also matches {@code x} at the root, as it does in .gitignore. */
    private static List<String> rootedVariants(String pattern) {
        List<String> variants = new ArrayList<>(List.of(pattern));
        String rest = pattern;
        while (rest.startsWith(ANY_DIRECTORY)) {
            rest = rest.substring(ANY_DIRECTORY.length());
            if (!rest.isEmpty()) {
                variants.add(rest);
            }
        }
        return variants;
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path path) {
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
