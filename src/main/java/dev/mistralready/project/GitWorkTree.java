package dev.mistralready.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Lists a directory inside a git work tree as {@code git ls-files --cached --others --exclude-standard}
 * does: every file the index tracks (even if a {@code .gitignore} now matches it) plus every untracked
 * file git does not ignore, restricted to the directory, with paths relative to it.
 *
 * <p>{@link WorkTreeWalk} does the walking, into checked-out submodules and nested repositories too.
 *
 * <p>The repository is found from the directory only ({@code .git} in it or an ancestor), never from
 * {@code GIT_DIR} and friends: a run started from a git hook inherits those for some other repository.
 */
final class GitWorkTree {

    private GitWorkTree() {
    }

    /**
     * The listing, or empty when git does not manage {@code root}: no repository above it, a bare one,
     * a repository JGit cannot open, or a root that the enclosing repository ignores (a home directory
     * kept in git with {@code *} in its {@code .gitignore}); the caller then walks the directory.
     *
     * @param root     a real path (no symbolic links) of a directory
     * @param eachFile told of each file as it is found; when the answer is empty it has been told of
     *                 none, since the walk gives up before it enters {@code root}
     */
    static Optional<FileListing> list(Path root, SelectionRules selection, Consumer<ProjectFile> eachFile)
            throws IOException {
        Optional<Repository> opened = open(root);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (Repository repository = opened.get()) {
            Path top = repository.getWorkTree().toPath().toRealPath();
            if (!root.startsWith(top)) {
                return Optional.empty(); // core.worktree elsewhere: the directory is not in the work tree
            }
            DirCache index;
            try {
                index = repository.readDirCache();
            } catch (IOException e) {
                return Optional.empty(); // an index format JGit cannot read
            }
            ListingCollector found = new ListingCollector(eachFile);
            boolean listed = new WorkTreeWalk(repository, index, top, "", selection, found)
                    .walk(DirectoryWalk.relative(top, root));
            return listed ? Optional.of(found.build(true)) : Optional.empty();
        }
    }

    /** The non-bare repository whose work tree holds {@code root}, if JGit can open it. */
    private static Optional<Repository> open(Path root) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        Repository repository;
        try {
            repository = builder.build();
        } catch (IOException e) {
            return Optional.empty(); // unknown repository format or extension, broken config
        }
        if (repository.isBare()) {
            repository.close();
            return Optional.empty();
        }
        return Optional.of(repository);
    }
}
