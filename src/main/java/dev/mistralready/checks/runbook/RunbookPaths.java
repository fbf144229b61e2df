package dev.mistralready.checks.runbook;

import dev.mistralready.project.files.FileSelection;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.PatternSyntaxException;

/**
 * The places a runbook may be: globs relative to the project root in the platform's {@code glob:}
 * syntax, where {@code **}{@code /} also matches no directory at all ({@code docs/**}{@code /incident*.md}
 * finds {@code docs/incident.md}), matched case-insensitively ({@code *runbook*.md} finds {@code RUNBOOK.md}
 * and {@code Runbook.md}). Only the files and directories the globs start with are listed.
 */
final class RunbookPaths {

    private static final String GLOB_CHARACTERS = "*?[{";

    private static final String DEFAULTS_DESCRIBED = "*runbook*.md and *run-book*.md at the root and under docs/, "
            + "and the files under runbooks/, docs/**/runbooks/ and docs/**/incident* (Markdown, AsciiDoc, reST or text)";

    private final List<String> globs;
    private final List<String> rootedGlobs = new ArrayList<>();
    private final List<List<PathMatcher>> matchers = new ArrayList<>();
    private final List<String> listed = new ArrayList<>();

    private RunbookPaths(List<String> globs) {
        this.globs = List.copyOf(globs);
        for (String glob : globs) {
            String rooted = rooted(glob);
            rootedGlobs.add(rooted);
            List<PathMatcher> variants = new ArrayList<>();
            for (String variant : variants(lower(rooted))) {
                try {
                    variants.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("`paths` entry '" + glob + "' is not a valid glob: "
                            + e.getDescription(), e);
                }
            }
            matchers.add(variants);
            String prefix = lower(literalPrefix(rooted));
            if (prefix.isEmpty() && rooted.contains("/")) {
                listed.clear();
                listed.add(""); // a glob from the root: everything must be listed
            } else if (!prefix.isEmpty() && !listed.contains("") && !listed.contains(prefix)) {
                listed.add(prefix);
            }
        }
    }

    static RunbookPaths of(List<String> globs) {
        return new RunbookPaths(globs);
    }

    List<String> globs() {
        return globs;
    }

    /** The globs for a person: the defaults in words, others as written. */
    String described() {
        return globs.equals(RunbookOptions.DEFAULT_PATHS) ? DEFAULTS_DESCRIBED : String.join(", ", globs);
    }

    /**
     * What to list in this project: the files and directories the globs start with, as they are spelled
     * on disk ({@code Docs} for {@code docs/**}), or empty when none of them is there.
     */
    Optional<FileSelection> selection(Path root) throws IOException {
        return listed.contains("") ? Optional.of(FileSelection.ALL) : SearchRoots.find(root, rootedGlobs);
    }

    /**
     * Whether a runbook may lie under this folder: it is, is under, or leads to a directory the globs
     * start with ({@code docs} for {@code docs/runbooks/**}). A glob from the root lists the whole
     * project, where a link to a folder rarely holds a runbook, so no folder counts for it.
     */
    boolean mayHold(String folder) {
        String name = lower(folder);
        return listed.stream().anyMatch(prefix -> !prefix.isEmpty() && (name.equals(prefix)
                || name.startsWith(prefix + "/") || prefix.startsWith(name + "/")));
    }

    /** The index of the first glob that matches this relative path (forward slashes), if any. */
    OptionalInt firstMatch(String path) {
        Path relative = Path.of(lower(path));
        for (int i = 0; i < matchers.size(); i++) {
            for (PathMatcher matcher : matchers.get(i)) {
                if (matcher.matches(relative)) {
                    return OptionalInt.of(i);
                }
            }
        }
        return OptionalInt.empty();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String rooted(String glob) {
        String rooted = glob == null ? "" : glob.strip().replace('\\', '/');
        while (rooted.startsWith("./") || rooted.startsWith("/")) {
            rooted = rooted.substring(rooted.startsWith("/") ? 1 : 2);
        }
        if (rooted.isEmpty() || rooted.endsWith("/")) {
            throw new IllegalArgumentException("`paths` entry '" + glob + "' must name files, like RUNBOOK.md or "
                    + "docs/runbook*.md");
        }
        for (String segment : rooted.split("/")) {
            if (segment.equals("..")) {
                throw new IllegalArgumentException("`paths` entry '" + glob + "' leaves the project root; use a path "
                        + "inside it, like docs/runbook.md");
            }
        }
        return rooted;
    }

    /** The glob, and the glob with each {@code **}{@code /} matching no directory. */
    private static List<String> variants(String glob) {
        List<String> variants = new ArrayList<>(List.of(glob));
        for (int i = 0; i < variants.size(); i++) {
            String variant = variants.get(i);
            int at = variant.indexOf("**/");
            while (at >= 0) {
                String shorter = variant.substring(0, at) + variant.substring(at + 3);
                if (!variants.contains(shorter)) {
                    variants.add(shorter);
                }
                at = variant.indexOf("**/", at + 1);
            }
        }
        return variants;
    }

    /** {@code docs/runbook*.md} → {@code docs}; {@code RUNBOOK.md} → itself; {@code *.md} → empty. */
    static String literalPrefix(String glob) {
        List<String> literal = new ArrayList<>();
        for (String segment : glob.split("/")) {
            if (segment.chars().anyMatch(c -> GLOB_CHARACTERS.indexOf(c) >= 0) || segment.contains("\\")) {
                break;
            }
            literal.add(segment);
        }
        return String.join("/", literal);
    }
}
