package dev.mistralready.project.files;

import dev.mistralready.check.Quoted;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Which part of the project to list.
 *
 * <p>{@code paths} limits the listing to these files or directories, relative to the root
 * ({@code src}, {@code ./app/main.py}); empty means everything. {@code exclude} holds glob patterns
 * relative to the root with forward slashes, matched with the platform's {@code glob:} syntax:
 * <ul>
 *   <li>a pattern with a slash matches the relative path: {@code vendor/**}, {@code test/fixtures/**};
 *       a leading {@code **}{@code /} also matches at the root, so {@code **}{@code /*.min.js} excludes
 *       {@code app.min.js} as well as {@code web/app.min.js};</li>
 *   <li>a pattern without a slash matches a name in any directory, like {@code .gitignore}:
 *       {@code *.lock} excludes every lock file, {@code node_modules} every such directory;</li>
 *   <li>a trailing slash means the directory and everything under it: {@code vendor/} is
 *       {@code vendor/**}; a leading slash or {@code ./} is dropped (patterns are rooted anyway).</li>
 * </ul>
 * Both are normalised here, so equal selections compare equal. Exclusions never re-include what git
 * ignores, and {@code paths} never lists an ignored file.
 */
public record FileSelection(List<String> paths, List<String> exclude) {

    /** Every file of the project. */
    public static final FileSelection ALL = new FileSelection(List.of(), List.of());

    public FileSelection {
        paths = normalisePaths(paths);
        exclude = normalisePatterns(exclude);
    }

    public static FileSelection paths(List<String> paths) {
        return new FileSelection(paths, List.of());
    }

    public static FileSelection excluding(List<String> exclude) {
        return new FileSelection(List.of(), exclude);
    }

    private static List<String> normalisePaths(List<String> paths) {
        List<String> normalised = new ArrayList<>();
        for (String path : paths) {
            String relative = relativePath(path);
            if (relative.isEmpty()) {
                return List.of(); // the root itself was asked for: everything
            }
            if (!normalised.contains(relative)) {
                normalised.add(relative);
            }
        }
        return List.copyOf(normalised);
    }

    private static String relativePath(String path) {
        String slashed = path.replace('\\', '/');
        if (slashed.startsWith("/") || Path.of(path).isAbsolute()) {
            throw new IllegalArgumentException(
                    "path '" + path + "' must be relative to the project root, like src or app/main.py");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : slashed.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                throw new IllegalArgumentException(
                        "path '" + Quoted.excerpt(path) + "' leaves the project root; use a path inside it, like src");
            }
            segments.add(segment);
        }
        return String.join("/", segments);
    }

    private static List<String> normalisePatterns(List<String> patterns) {
        List<String> normalised = new ArrayList<>();
        for (String pattern : patterns) {
            String rooted = pattern.strip();
            while (rooted.startsWith("./") || rooted.startsWith("/")) {
                rooted = rooted.substring(rooted.startsWith("/") ? 1 : 2);
            }
            if (rooted.endsWith("/")) {
                rooted = rooted + "**";
            }
            if (rooted.isEmpty()) {
                throw new IllegalArgumentException(
                        "exclude pattern '" + Quoted.excerpt(pattern) + "' is empty; give a glob like vendor/** or *.lock");
            }
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + rooted);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        "exclude pattern '" + Quoted.excerpt(pattern) + "' is not a valid glob: " + e.getDescription(), e);
            }
            if (!normalised.contains(rooted)) {
                normalised.add(rooted);
            }
        }
        return List.copyOf(normalised);
    }
}
