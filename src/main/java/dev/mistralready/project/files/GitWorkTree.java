package dev.mistralready.project.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Repository;

/**
 * Lists a directory inside a git work tree as {@code git ls-files --cached --others --exclude-standard}
 * does: every file the index tracks (even if a {@code .gitignore} now matches it) plus every untracked
 * file git does not ignore, restricted to the directory, with paths relative to it.
 *
 * <p>{@link WorkTreeWalk} does the walking, into checked-out submodules and nested repositories too.
 */
final class GitWorkTree {

    /** The index could not be read, so git cannot say which files it tracks. */
    static final class UnreadableIndex extends Exception {
        private final GitProblem problem;

        UnreadableIndex(GitProblem problem) {
            super(problem.problem());
            this.problem = problem;
        }

        GitProblem problem() {
            return problem;
        }
    }

    private GitWorkTree() {
    }

    /**
     * The listing, or empty when {@code root} is not git's to list: {@code core.worktree} puts the work
     * tree elsewhere, or the repository ignores {@code root} (a home directory kept in git with
     * {@code *} in its {@code .gitignore}); the caller then walks the directory.
     *
     * @param root     a real path (no symbolic links) of a directory
     * @param eachFile told of each file as it is found; when the answer is empty, or the index cannot
     *                 be read, it has been told of none, since the walk gives up before it enters {@code root}
     */
    static Optional<FileListing> list(Repository repository, Path root, SelectionRules selection,
                                      Consumer<ProjectFile> eachFile) throws IOException, UnreadableIndex {
        Path top = repository.getWorkTree().toPath().toRealPath();
        if (!root.startsWith(top)) {
            return Optional.empty(); // core.worktree elsewhere: the directory is not in the work tree
        }
        DirCache index;
        try {
            index = repository.readDirCache();
        } catch (IOException e) {
            throw new UnreadableIndex(RepositoryLookup.unreadableIndex(root, repository, e)); // truncated, garbled, or a format JGit cannot read
        }
        ListingCollector found = new ListingCollector(eachFile);
        boolean listed = new WorkTreeWalk(repository, index, top, "", selection, found)
                .walk(DirectoryWalk.relative(top, root));
        return listed ? Optional.of(found.build(true)) : Optional.empty();
    }
}
