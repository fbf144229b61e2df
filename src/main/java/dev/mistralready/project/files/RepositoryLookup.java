package dev.mistralready.project.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * Finds the git repository that holds a directory, as git does: the nearest {@code .git} (a
 * directory, or a file naming one) in the directory or an ancestor, or the directory itself (or an
 * ancestor) being a git directory. Never from {@code GIT_DIR} and friends: a run started from a git
 * hook inherits those for some other repository.
 *
 * <p>Unlike JGit's own search, a {@code .git} that cannot be opened stops the search and is reported:
 * skipping it would quietly read the project as plain files, or as part of an enclosing repository.
 */
public final class RepositoryLookup {

    /** The message for a bare repository named as the project. */
    public static final String BARE = "DIR is a bare git repository: it has no work tree; check a clone, "
            + "or use history: true for the secret gate";

    private static final String DOT_GIT = ".git";
    private static final String REPAIR = "Repair the repository (`git fsck` shows what is broken) or check a fresh clone.";

    /** What was found above a directory. */
    public sealed interface Found permits NotInGit, WorkTree, GitDirectory, Unreadable {
    }

    /** No repository holds the directory. */
    public record NotInGit() implements Found {
    }

    /** A repository with a work tree; the caller closes it. */
    public record WorkTree(Repository repository) implements Found {
    }

    /**
     * The directory is in a git directory, not a work tree: a bare repository, or inside a {@code .git}.
     *
     * @param repository open, for a history scan; the caller closes it
     * @param reason     why there is no file to list, for the user
     */
    public record GitDirectory(Repository repository, String reason) implements Found {
    }

    /** A {@code .git} is there, but JGit cannot open it. */
    public record Unreadable(GitProblem problem) implements Found {
    }

    private RepositoryLookup() {
    }

    /** @param root a real path (no symbolic links) of a directory */
    public static Found find(Path root) {
        for (Path directory = root; directory != null; directory = directory.getParent()) {
            Path dotGit = directory.resolve(DOT_GIT);
            if (Files.exists(dotGit, LinkOption.NOFOLLOW_LINKS)) {
                return openWorkTree(root, directory, dotGit);
            }
            if (RepositoryCache.FileKey.isGitRepository(directory.toFile(), FS.DETECTED)) {
                return openGitDirectory(root, directory);
            }
        }
        return new NotInGit();
    }

    /**
     * Why {@code root} has no work tree, when it is in a git directory; as {@link #find} without
     * opening the repository of a work tree, so asking costs a few file lookups.
     */
    static Optional<String> noWorkTree(Path root) {
        for (Path directory = root; directory != null; directory = directory.getParent()) {
            if (Files.exists(directory.resolve(DOT_GIT), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            if (RepositoryCache.FileKey.isGitRepository(directory.toFile(), FS.DETECTED)) {
                if (openGitDirectory(root, directory) instanceof GitDirectory gitDirectory) {
                    gitDirectory.repository().close();
                    return Optional.of(gitDirectory.reason());
                }
                return Optional.empty(); // cannot be opened: the listing reports why
            }
        }
        return Optional.empty();
    }

    private static Found openWorkTree(Path root, Path directory, Path dotGit) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        boolean gitFile = !Files.isDirectory(dotGit, LinkOption.NOFOLLOW_LINKS);
        if (gitFile) {
            builder.setWorkTree(directory.toFile()); // reads the `gitdir:` line of a worktree's or submodule's .git file
        } else {
            builder.setGitDir(dotGit.toFile());
        }
        Repository repository;
        GitCaches.install();
        try {
            repository = builder.build();
        } catch (RepositoryNotFoundException e) {
            if (!gitFile) {
                return new Unreadable(new GitProblem(shown(root, dotGit) + " cannot be opened: it has no objects or refs",
                        REPAIR));
            }
            return new Unreadable(new GitProblem(shown(root, dotGit) + " " + pointsTo(dotGit)
                    + ", which is not a git repository (a moved or deleted worktree or submodule)",
                    "Run `git worktree prune` or `git submodule update --init` in the main repository, or remove the stale "
                            + shown(root, dotGit) + " file."));
        } catch (IOException | IllegalArgumentException e) { // unknown format or extension, a config that does not parse
            return new Unreadable(new GitProblem(shown(root, dotGit) + " cannot be opened: " + e.getMessage(), REPAIR));
        }
        if (repository.isBare()) {
            repository.close();
            return new Unreadable(new GitProblem(shown(root, dotGit) + " says core.bare = true, so it has no work tree",
                    "Set core.bare to false in " + shown(root, dotGit.resolve("config")) + "."));
        }
        return new WorkTree(repository);
    }

    private static Found openGitDirectory(Path root, Path gitDir) {
        Repository repository;
        GitCaches.install();
        try {
            repository = new FileRepositoryBuilder().setMustExist(true).setGitDir(gitDir.toFile()).build();
        } catch (IOException | IllegalArgumentException e) {
            return new Unreadable(new GitProblem("the git repository " + shown(root, gitDir) + " cannot be opened: "
                    + e.getMessage(), REPAIR));
        }
        String reason = repository.isBare() && gitDir.equals(root) ? BARE
                : "DIR is inside the git directory " + gitDir + ", which holds git's objects, not the project's files; "
                        + "check its work tree" + (repository.isBare() ? " (a clone of it)" : " " + gitDir.getParent());
        return new GitDirectory(repository, reason);
    }

    /** {@code points to /old/place/.git/worktrees/x}, from the file's {@code gitdir:} line. */
    private static String pointsTo(Path dotGitFile) {
        try {
            String text = Files.readString(dotGitFile).strip();
            return text.startsWith("gitdir:") ? "points to " + text.substring("gitdir:".length()).strip() : "is not a gitdir file";
        } catch (IOException e) {
            return "cannot be read (" + IoReason.of(e) + ")";
        }
    }

    /** A path under the project as {@code .git/index}; one above it in full. */
    static String shown(Path root, Path path) {
        return path.startsWith(root) ? DirectoryWalk.relative(root, path) : path.toString();
    }

    /** The index's problem, named after its file. */
    static GitProblem unreadableIndex(Path root, Repository repository, IOException e) {
        Path index = repository.getIndexFile().toPath();
        return new GitProblem(shown(root, index) + " cannot be read: " + IoReason.of(e),
                "Rebuild the index from HEAD with `rm " + shown(root, index) + " && git reset` (the work tree is kept).");
    }
}
