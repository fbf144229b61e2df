package dev.mistralready.project.files;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Lists what {@code git add} staged under the project root, as {@code git diff --cached --name-only
 * --diff-filter=AMT} does: the index entries whose blob or mode differ from HEAD's, or every entry
 * before the first commit. Deletions stage no content and are not listed; nor are submodule commits,
 * intent-to-add entries ({@code git add -N}, no content yet) or unmerged paths (git refuses to commit
 * those). Only the index and HEAD's tree are read, never the work tree: an unchanged subtree is passed
 * over whole, so listing costs what the change does, not what the repository does.
 *
 * <p>The gate's selection applies as in a tree listing: each directory of a staged path must be
 * entered and the file included ({@link SelectionRules}).
 */
public final class StagedFiles {

    /** The project has no index to read: not in a git work tree, or its repository cannot be read. */
    public static final class Unavailable extends Exception {

        Unavailable(String message) {
            super(message);
        }
    }

    private StagedFiles() {
    }

    /**
     * @param root the project directory, inside a git work tree
     * @param gitIndexFile the {@code GIT_INDEX_FILE} a commit hook was given, if any ({@link IndexLocation})
     * @return the staged files the selection takes, open for reading their blobs; the caller closes it
     * @throws Unavailable for a project outside a git work tree, or whose index or HEAD cannot be read
     */
    public static StagedListing list(Path root, FileSelection selection, Optional<String> gitIndexFile)
            throws Unavailable, IOException {
        Path directory = root.toRealPath();
        Repository repository = workTreeRepository(directory);
        try {
            StagedListing listing = list(repository, directory, SelectionRules.of(selection), gitIndexFile);
            repository = null; // the listing owns it now
            return listing;
        } finally {
            if (repository != null) {
                repository.close();
            }
        }
    }

    private static Repository workTreeRepository(Path directory) throws Unavailable {
        RepositoryLookup.Found found = RepositoryLookup.find(directory);
        if (found instanceof RepositoryLookup.WorkTree workTree) {
            return workTree.repository();
        }
        if (found instanceof RepositoryLookup.GitDirectory gitDirectory) {
            gitDirectory.repository().close();
            throw new Unavailable(gitDirectory.reason() + ", so nothing is staged there");
        }
        if (found instanceof RepositoryLookup.Unreadable unreadable) {
            throw new Unavailable("the staged files cannot be listed: " + unreadable.problem().problem());
        }
        throw new Unavailable(directory + " is not in a git work tree, so there is no index of staged files"
                + " (run it in a git repository, or drop --staged to scan every file)");
    }

    private static StagedListing list(Repository repository, Path directory, SelectionRules rules,
            Optional<String> gitIndexFile) throws Unavailable, IOException {
        Path top = repository.getWorkTree().toPath().toRealPath();
        if (!directory.startsWith(top)) {
            throw new Unavailable(directory + " is outside its repository's work tree " + top
                    + " (core.worktree), so none of its files is staged");
        }
        String prefix = DirectoryWalk.relative(top, directory);
        DirCache index;
        try {
            index = IndexLocation.read(repository, gitIndexFile);
        } catch (IOException e) {
            throw new Unavailable("the staged files cannot be listed: "
                    + RepositoryLookup.unreadableIndex(directory, repository, e).problem());
        }
        ObjectId headTree = headTree(repository);
        List<StagedFile> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        int staged = 0;
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(new DirCacheIterator(index));
            if (headTree == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(headTree);
            }
            walk.setRecursive(true);
            walk.setFilter(prefix.isEmpty() ? TreeFilter.ANY_DIFF
                    : AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF));
            while (walk.next()) {
                DirCacheIterator inIndex = walk.getTree(0, DirCacheIterator.class);
                DirCacheEntry entry = inIndex == null ? null : inIndex.getDirCacheEntry();
                if (entry == null || entry.getStage() != DirCacheEntry.STAGE_0 || entry.isIntentToAdd()
                        || entry.getFileMode() == FileMode.GITLINK) {
                    continue; // deleted, unmerged, intent-to-add, or a submodule's commit: no content of ours staged
                }
                String repositoryPath = walk.getPathString();
                String path = prefix.isEmpty() ? repositoryPath : repositoryPath.substring(prefix.length() + 1);
                staged++;
                try {
                    if (!selected(rules, path)) {
                        continue;
                    }
                } catch (InvalidPathException e) {
                    skipped.add(new SkippedFile(path, SkipReason.UNREADABLE, "its name cannot be matched against the "
                            + "exclude patterns in the JVM's file name encoding; run with a UTF-8 locale, such as LC_ALL=C.UTF-8"));
                    continue;
                }
                if (entry.getFileMode() == FileMode.SYMLINK) {
                    skipped.add(new SkippedFile(path, SkipReason.SYMLINK, "symbolic link, not followed"));
                } else {
                    files.add(new StagedFile(path, entry.getObjectId()));
                }
            }
        }
        return new StagedListing(repository, directory, files, skipped, staged, headTree == null);
    }

    /** HEAD's tree, or null before the first commit (HEAD names a branch with no commit yet). */
    private static ObjectId headTree(Repository repository) throws Unavailable {
        try {
            return repository.resolve("HEAD^{tree}");
        } catch (IOException | RuntimeException e) {
            throw new Unavailable("the staged files cannot be listed: HEAD cannot be read (" + e.getMessage()
                    + "); repair the repository (`git fsck` shows what is broken)");
        }
    }

    /** As a walker decides: every directory on the way is entered, and the file itself included. */
    private static boolean selected(SelectionRules rules, String path) {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            if (!rules.entersDirectory(path.substring(0, slash))) {
                return false;
            }
        }
        return rules.includesFile(path);
    }
}
