package dev.mistralready.project.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * One repository's part of a git listing: one {@link TreeWalk} over its index and its working tree
 * together, into a {@link ListingCollector}.
 *
 * <p>Ignored directories are not entered unless the index tracks something in them, so
 * {@code node_modules/} and {@code target/} cost one ignore check each; only untracked entries are
 * checked against the ignore rules at all, so a clean clone costs none. A tracked file deleted from
 * the disk is not listed: there is nothing to read.
 *
 * <p>Files are opened by the index's own bytes, not by the String JGit makes of them (see
 * {@link NativeNames}): the working tree iterator reads names through {@code java.io.File}, so a name
 * the JVM cannot decode comes back as another name. A tracked file so named is then in the index only,
 * and is looked for on disk by its bytes; an untracked one is in the working tree only, under a name
 * that does not exist, and is looked for in its directory among the entries that read as that name.
 *
 * <p>A checked-out submodule, and a repository inside the work tree that is not one, is listed the
 * same way through its own repository (its index, its {@code .gitignore} files), with paths below its
 * directory: its code ships with the project. An uninitialised submodule is an empty directory.
 */
final class WorkTreeWalk {

    private final Repository repository;
    private final DirCache index;
    private final Path top;
    private final String shownAs;
    private final SelectionRules selection;
    private final ListingCollector found;

    /**
     * @param top     the real path of the repository's work tree
     * @param shownAs how the listing shows {@code top}: {@code ""} for the project's own repository,
     *                the submodule's path for a submodule
     */
    WorkTreeWalk(Repository repository, DirCache index, Path top, String shownAs, SelectionRules selection,
                 ListingCollector found) {
        this.repository = repository;
        this.index = index;
        this.top = top;
        this.shownAs = shownAs;
        this.selection = selection;
        this.found = found;
    }

    /**
     * Lists the directory {@code prefix} of the work tree ({@code ""} for all of it).
     *
     * @return false, having listed nothing, when the repository ignores that directory
     */
    boolean walk(String prefix) throws IOException {
        try (TreeWalk walk = new TreeWalk(repository)) {
            int indexTree = walk.addTree(new DirCacheIterator(index));
            FileTreeIterator workTree = new FileTreeIterator(repository);
            int workTreeTree = walk.addTree(workTree);
            workTree.setDirCacheIterator(walk, indexTree);
            // JGit asks whether each directory it enters is ignored, matching every rule against it and
            // each of its ancestors (half the listing of a clean clone); entry() already decides that
            // for the untracked directories, the only ones it matters for.
            workTree.setWalkIgnoredDirectories(true);
            walk.setRecursive(false);
            walk.setFilter(shownAs.isEmpty() ? filter(prefix, selection.paths()) : TreeFilter.ALL);
            while (walk.next()) {
                byte[] raw = walk.getRawPath();
                String repositoryPath = NativeNames.isAscii(raw) ? walk.getPathString() : NativeNames.shown(raw);
                DirCacheIterator inIndex = walk.getTree(indexTree, DirCacheIterator.class);
                WorkingTreeIterator onDisk = walk.getTree(workTreeTree, WorkingTreeIterator.class);
                if (isAncestorOrSelf(repositoryPath, prefix)) {
                    if (onDisk != null && walk.isSubtree() && inIndex == null && onDisk.isEntryIgnored()) {
                        return false; // the repository ignores the root: not git's to list
                    }
                    if (walk.isSubtree()) {
                        walk.enterSubtree();
                    }
                    continue;
                }
                String path = join(shownAs, prefix.isEmpty() ? repositoryPath : repositoryPath.substring(prefix.length() + 1));
                try {
                    entry(walk, raw, path, inIndex, onDisk);
                } catch (InvalidPathException e) {
                    found.unspellable(path);
                }
            }
        }
        return true;
    }

    private void entry(TreeWalk walk, byte[] raw, String path, DirCacheIterator inIndex, WorkingTreeIterator onDisk)
            throws IOException {
        Path absolute = NativeNames.resolve(top, raw);
        if (onDisk == null) {
            trackedButUnseen(walk, path, absolute, inIndex.getEntryFileMode());
            return;
        }
        if (inIndex == null && onDisk.isEntryIgnored()) {
            return;
        }
        if (inIndex == null && !NativeNames.isAscii(raw) && !Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            misnamed(raw, walk.getNameString(), path);
            return;
        }
        if (walk.isSubtree()) {
            if (selection.entersDirectory(path) && isReadable(absolute, path)) {
                walk.enterSubtree();
            }
        } else if (selection.includesFile(path)) {
            file(path, absolute, inIndex == null ? FileMode.MISSING : inIndex.getEntryFileMode(), onDisk.getEntryFileMode());
        }
    }

    private void file(String path, Path absolute, FileMode inIndex, FileMode onDisk) {
        if (FileMode.GITLINK.equals(onDisk) || FileMode.GITLINK.equals(inIndex)) {
            nested(path, absolute);
        } else if (FileMode.SYMLINK.equals(inIndex)) {
            found.symlink(path, absolute); // tracked as a link, even where checked out as a plain file
        } else {
            found.add(path, absolute);
        }
    }

    /**
     * In the index, but not seen by the working tree iterator: deleted (nothing to read), or named
     * by bytes the JVM reads back as another name, or behind something that failed.
     */
    private void trackedButUnseen(TreeWalk walk, String path, Path absolute, FileMode inIndex) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return; // deleted from the work tree
        } catch (IOException e) {
            found.unreadable(path, e);
            return;
        }
        if (walk.isSubtree()) {
            if (attributes.isDirectory() && selection.entersDirectory(path) && isReadable(absolute, path)) {
                walk.enterSubtree();
            }
        } else if (selection.includesFile(path)) {
            if (FileMode.GITLINK.equals(inIndex)) {
                nested(path, absolute);
            } else if (FileMode.SYMLINK.equals(inIndex)) {
                found.symlink(path, absolute);
            } else {
                found.add(path, absolute, attributes);
            }
        }
    }

    /**
     * An untracked entry under a name decoded lossily from its bytes, which no file has. The real
     * entries are those of its directory whose names the JVM reads as the same String; a directory
     * among them is walked for what the index does not track.
     */
    private void misnamed(byte[] raw, String readAs, String path) {
        int slash = lastSlash(raw);
        byte[] parentRaw = slash < 0 ? new byte[0] : Arrays.copyOf(raw, slash);
        Path parent = NativeNames.resolve(top, parentRaw);
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(parent)) {
            for (Path child : children) {
                if (child.getFileName().toString().equals(readAs)) {
                    entries.add(child);
                }
            }
        } catch (IOException e) {
            found.unreadable(path, e);
            return;
        }
        int cut = path.lastIndexOf('/');
        String parentShown = cut < 0 ? "" : path.substring(0, cut);
        for (Path entry : entries) {
            byte[] entryRaw = slash < 0 ? NativeNames.nameBytes(entry) : concat(parentRaw, NativeNames.nameBytes(entry));
            String shown = parentShown.isEmpty() ? NativeNames.shownName(entry) : parentShown + "/" + NativeNames.shownName(entry);
            try {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory()) {
                    if (selection.entersDirectory(shown)) {
                        DirectoryWalk.walk(entry, shown, selection, found, this::isTracked,
                                gitignoresAbove(parentRaw), NativeNames.shown(entryRaw));
                    }
                } else if (index.findEntry(entryRaw, entryRaw.length) < 0 && selection.includesFile(shown)) {
                    found.add(shown, entry, attributes);
                }
            } catch (NoSuchFileException e) {
                // vanished since the directory was read
            } catch (IOException e) {
                found.unreadable(shown, e);
            } catch (InvalidPathException e) {
                found.unspellable(shown);
            }
        }
    }

    /**
     * The {@code .gitignore} files from the top of the work tree down to {@code directory} (raw path
     * bytes), for a walk below it; paths in them are relative to the top.
     */
    private GitignoreStack gitignoresAbove(byte[] directory) {
        GitignoreStack ignores = new GitignoreStack();
        ignores.enter("", top);
        for (int i = 0; i <= directory.length; i++) {
            if (directory.length > 0 && (i == directory.length || directory[i] == '/')) {
                byte[] ancestor = Arrays.copyOf(directory, i);
                ignores.enter(NativeNames.shown(ancestor), NativeNames.resolve(top, ancestor));
            }
        }
        return ignores;
    }

    /** A submodule or a nested repository: its files, through its own repository. */
    private void nested(String path, Path directory) {
        if (!selection.entersDirectory(path) || !Files.exists(directory.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            return; // an uninitialised submodule has no .git: nothing checked out, nothing to list
        }
        try (Repository nested = new FileRepositoryBuilder().setWorkTree(directory.toFile()).setMustExist(true).build()) {
            new WorkTreeWalk(nested, nested.readDirCache(), directory.toRealPath(), path, selection, found).walk("");
        } catch (IOException e) {
            found.unreadable(path, "a git repository that could not be read: " + IoReason.of(e));
        }
    }

    private boolean isTracked(Path file) {
        byte[] raw = NativeNames.relativeBytes(top, file);
        return index.findEntry(raw, raw.length) >= 0;
    }

    /** The working tree iterator reads an unreadable directory as empty; say so instead. */
    private boolean isReadable(Path directory, String path) {
        if (Files.isReadable(directory) && Files.isExecutable(directory)) {
            return true;
        }
        found.unreadable(path, "permission denied");
        return false;
    }

    private static String join(String shownAs, String path) {
        return shownAs.isEmpty() ? path : shownAs + "/" + path;
    }

    private static int lastSlash(byte[] raw) {
        for (int i = raw.length - 1; i >= 0; i--) {
            if (raw[i] == '/') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] parent, byte[] name) {
        byte[] path = Arrays.copyOf(parent, parent.length + 1 + name.length);
        path[parent.length] = '/';
        System.arraycopy(name, 0, path, parent.length + 1, name.length);
        return path;
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
