package dev.mistralready.project.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The {@code .gitignore} files from the root down to the directory a walk is in, with git's rules:
 * the deepest file that has a matching rule decides, each file's patterns are relative to its own
 * directory, and its last matching rule wins (so {@code !negation} re-includes). JGit's
 * {@link IgnoreNode} parses and matches the patterns. Nothing under an ignored directory can be
 * re-included, because the walk never enters one.
 */
final class GitignoreStack {

    static final String FILE_NAME = ".gitignore";

    private record Level(String directory, IgnoreNode rules) {
    }

    private final Deque<Level> levels = new ArrayDeque<>();

    /**
     * Enters a directory (relative path, {@code ""} for the root) and reads its {@code .gitignore}.
     * An unreadable or symlinked {@code .gitignore} adds no rules (git does not follow the link either).
     */
    void enter(String directory, Path absolute) {
        IgnoreNode rules = new IgnoreNode();
        Path file = absolute.resolve(FILE_NAME);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                rules.parse(file.toString(), in);
            } catch (IOException e) {
                rules = new IgnoreNode();
            }
        }
        levels.push(new Level(directory, rules));
    }

    void leave() {
        levels.pop();
    }

    /** Whether git would ignore this entry (relative path, forward slashes) of the current directory. */
    boolean isIgnored(String path, boolean directory) {
        for (Level level : levels) {
            if (level.rules().getRules().isEmpty()) {
                continue;
            }
            String relative = level.directory().isEmpty() ? path : path.substring(level.directory().length() + 1);
            Boolean ignored = level.rules().checkIgnored(relative, directory);
            if (ignored != null) {
                return ignored;
            }
        }
        return false;
    }
}
