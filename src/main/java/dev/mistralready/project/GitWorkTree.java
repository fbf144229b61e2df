package dev.mistralready.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Lists a directory inside a git work tree as {@code git ls-files --cached --others --exclude-standard}
 * does: every file the index tracks (even if a {@code .gitignore} now matches it) plus every untracked
 * file git does not ignore, restricted to the directory, with paths relative to it.
 *
 * <p>One {@link TreeWalk} runs over the index and the working tree together. Ignored directories are
 * not entered unless the index tracks something in them ({@link FileTreeIterator} knows this through
 * {@link WorkingTreeIterator#setDirCacheIterator}), so {@code node_modules/} and {@code target/} cost
 * one ignore check each. Files tracked but deleted from the disk are not listed: there is nothing to
 * read. Nested repositories and submodules are not entered: their files belong to another repository.
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
            return walk(repository, index, root, DirectoryWalk.relative(top, root), selection, eachFile);
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

    private static Optional<FileListing> walk(
            Repository repository, DirCache index, Path root, String prefix, SelectionRules selection,
            Consumer<ProjectFile> eachFile) throws IOException {
        ListingCollector found = new ListingCollector(eachFile);
        try (TreeWalk walk = new TreeWalk(repository)) {
            int indexTree = walk.addTree(new DirCacheIterator(index));
            FileTreeIterator workTree = new FileTreeIterator(repository);
            int workTreeTree = walk.addTree(workTree);
            workTree.setDirCacheIterator(walk, indexTree);
            walk.setRecursive(false);
            walk.setFilter(filter(prefix, selection.paths()));
            while (walk.next()) {
                String repositoryPath = walk.getPathString();
                DirCacheIterator inIndex = walk.getTree(indexTree, DirCacheIterator.class);
                WorkingTreeIterator onDisk = walk.getTree(workTreeTree, WorkingTreeIterator.class);
                if (onDisk == null) {
                    continue; // tracked but deleted: nothing to read
                }
                boolean ignored = inIndex == null && onDisk.isEntryIgnored();
                if (isAncestorOrSelf(repositoryPath, prefix)) {
                    if (walk.isSubtree() && ignored) {
                        return Optional.empty(); // the repository ignores the root: not git's to list
                    }
                    if (walk.isSubtree()) {
                        walk.enterSubtree();
                    }
                    continue;
                }
                String path = prefix.isEmpty() ? repositoryPath : repositoryPath.substring(prefix.length() + 1);
                if (walk.isSubtree()) {
                    if (!ignored && selection.entersDirectory(path) && isReadable(root.resolve(path), path, found)) {
                        walk.enterSubtree();
                    }
                } else if (!ignored && selection.includesFile(path)) {
                    file(path, root.resolve(path), inIndex, onDisk, found);
                }
            }
        }
        return Optional.of(found.build(true));
    }

    private static void file(
            String path, Path absolute, DirCacheIterator inIndex, WorkingTreeIterator onDisk, ListingCollector found) {
        if (FileMode.GITLINK.equals(onDisk.getEntryFileMode())) {
            return; // a nested repository or submodule
        }
        if (inIndex != null && FileMode.SYMLINK.equals(inIndex.getEntryFileMode())) {
            found.symlink(path, absolute); // tracked as a link, even where checked out as a plain file
            return;
        }
        found.add(path, absolute);
    }

    /** The working tree iterator reads an unreadable directory as empty; say so instead. */
    private static boolean isReadable(Path directory, String path, ListingCollector found) {
        if (Files.isReadable(directory) && Files.isExecutable(directory)) {
            return true;
        }
        found.unreadable(path, "permission denied");
        return false;
    }

    private static boolean isAncestorOrSelf(String path, String descendant) {
        return descendant.equals(path) || descendant.startsWith(path + "/");
    }

    private static TreeFilter filter(String prefix, List<String> paths) {
        List<String> repositoryPaths = new ArrayList<>();
        if (paths.isEmpty()) {
            repositoryPaths.add(prefix);
        } else {
            for (String path : paths) {
                repositoryPaths.add(prefix.isEmpty() ? path : prefix + "/" + path);
            }
        }
        return repositoryPaths.contains("") ? TreeFilter.ALL : PathFilterGroup.createFromStrings(repositoryPaths);
    }
}
