package dev.mistralready.checks.secrets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.util.Paths;
import org.eclipse.jgit.util.RawParseUtils;

/**
 * The regular files a commit added or modified against its parent, read straight from the raw
 * tree objects. The result is what a recursive {@code TreeWalk} with {@code TreeFilter.ANY_DIFF}
 * and {@code DiffEntry.scan} give without rename detection, ADD and MODIFY entries of regular
 * files only, in the same (git tree) order, but without building an iterator and a path for each
 * unchanged entry, and without reading a tree twice: a commit's trees are its child's parent
 * trees, so the last few megabytes of trees read are kept.
 *
 * <p>One instance per thread: it reads through its own {@link ObjectReader}.
 */
final class TreeChanges {

    /** A regular file's new content; {@code oldBlob} is null when the file was added. */
    record Change(String repositoryPath, ObjectId blob, ObjectId oldBlob) {
    }

    private static final byte[] EMPTY_TREE = new byte[0];
    private static final int ID_LENGTH = Constants.OBJECT_ID_LENGTH;
    // A child's trees are mostly read just before its parent's; more than this only gives the young
    // collector more to copy in a short run (see GitCaches).
    private static final long CACHE_BYTES = 1L << 20;

    private final ObjectReader reader;
    private final HistoryPaths paths;
    private final TreeCache trees = new TreeCache();

    TreeChanges(ObjectReader reader, HistoryPaths paths) {
        this.reader = reader;
        this.paths = paths;
    }

    /** The changes from {@code parentTree} (null for a root commit) to {@code tree}. */
    List<Change> between(ObjectId parentTree, ObjectId tree) throws IOException {
        List<Change> changes = new ArrayList<>();
        diff("", parentTree == null ? EMPTY_TREE : trees.read(parentTree), trees.read(tree), changes);
        return changes;
    }

    /**
     * Merges the two sorted entry lists. Most commits change a few entries of a large tree, so the
     * common head of the two trees is skipped with one vectorised comparison, and the walk stops
     * as soon as the rest of both trees is the same bytes.
     */
    private void diff(String directory, byte[] oldTree, byte[] newTree, List<Change> changes) throws IOException {
        int from = sameEntriesUpTo(oldTree, newTree);
        Entry old = new Entry(oldTree, from);
        Entry now = new Entry(newTree, from);
        boolean hasOld = old.next();
        boolean hasNew = now.next();
        while (hasOld || hasNew) {
            int order = !hasOld ? 1 : !hasNew ? -1 : Paths.compare(
                    oldTree, old.nameStart, old.nameEnd, old.mode, newTree, now.nameStart, now.nameEnd, now.mode);
            if (order < 0) {
                hasOld = old.next(); // deleted: adds nothing
            } else if (order > 0) {
                added(directory, now, changes);
                hasNew = now.next();
            } else if (old.mode != now.mode || !old.sameId(now)) {
                changed(directory, old, now, changes);
                hasOld = old.next();
                hasNew = now.next();
            } else if (old.restEquals(now)) {
                return;
            } else {
                hasOld = old.next();
                hasNew = now.next();
            }
        }
    }

    /** Where the first entry that differs between the two trees starts (at the same offset in both). */
    private static int sameEntriesUpTo(byte[] oldTree, byte[] newTree) {
        if (oldTree.length == 0 || newTree.length == 0) {
            return 0;
        }
        int differs = Arrays.mismatch(oldTree, newTree);
        if (differs < 0) {
            return newTree.length;
        }
        int start = 0;
        while (start < newTree.length) {
            int end = start;
            while (newTree[end] != 0) {
                end++; // the mode, a space and the name hold no NUL
            }
            end += 1 + ID_LENGTH;
            if (end > differs) {
                break;
            }
            start = end;
        }
        return start;
    }

    private void added(String directory, Entry entry, List<Change> changes) throws IOException {
        int type = entry.mode & FileMode.TYPE_MASK;
        if (type == FileMode.TYPE_TREE) {
            String path = entry.path(directory);
            if (paths.entersDirectory(path)) {
                diff(path, EMPTY_TREE, trees.read(entry.id()), changes);
            }
        } else if (type == FileMode.TYPE_FILE) {
            String path = entry.path(directory);
            if (paths.includesFile(path)) {
                changes.add(new Change(path, entry.id(), null));
            }
        }
        // symbolic links and submodules hold no file content
    }

    /** The same name on both sides, both trees or both not (a tree sorts as if its name ended in a slash). */
    private void changed(String directory, Entry old, Entry now, List<Change> changes) throws IOException {
        int oldType = old.mode & FileMode.TYPE_MASK;
        int newType = now.mode & FileMode.TYPE_MASK;
        if (newType == FileMode.TYPE_TREE) {
            String path = now.path(directory);
            if (paths.entersDirectory(path)) {
                diff(path, trees.read(old.id()), trees.read(now.id()), changes);
            }
        } else if (newType == FileMode.TYPE_FILE) {
            String path = now.path(directory);
            if (paths.includesFile(path)) {
                // A link or submodule that became a file with other content is a new file (DiffEntry breaks it up).
                boolean modified = oldType == FileMode.TYPE_FILE || old.sameId(now);
                changes.add(new Change(path, now.id(), modified ? old.id() : null));
            }
        }
    }

    /** One entry after another of a raw tree: {@code <octal mode> <name>\0<20-byte id>}. */
    private static final class Entry {
        private final byte[] tree;
        private int next;
        int mode;
        int nameStart;
        int nameEnd;

        Entry(byte[] tree, int from) {
            this.tree = tree;
            this.next = from;
        }

        boolean next() {
            if (next >= tree.length) {
                return false;
            }
            int at = next;
            int parsed = 0;
            while (tree[at] != ' ') {
                parsed = (parsed << 3) + (tree[at++] - '0');
            }
            mode = parsed;
            nameStart = at + 1;
            nameEnd = nameStart;
            while (tree[nameEnd] != 0) {
                nameEnd++;
            }
            next = nameEnd + 1 + ID_LENGTH;
            return true;
        }

        boolean sameId(Entry other) {
            int at = nameEnd + 1;
            int otherAt = other.nameEnd + 1;
            return Arrays.equals(tree, at, at + ID_LENGTH, other.tree, otherAt, otherAt + ID_LENGTH);
        }

        /** Whether this and all later entries are byte for byte those of {@code other} from its current entry. */
        boolean restEquals(Entry other) {
            int at = next;
            int otherAt = other.next;
            return tree.length - at == other.tree.length - otherAt
                    && Arrays.equals(tree, at, tree.length, other.tree, otherAt, other.tree.length);
        }

        ObjectId id() {
            return ObjectId.fromRaw(tree, nameEnd + 1);
        }

        String path(String directory) {
            String name = RawParseUtils.decode(tree, nameStart, nameEnd);
            return directory.isEmpty() ? name : directory + "/" + name;
        }
    }

    /** The raw trees read last, up to a few megabytes. */
    private final class TreeCache {
        private final Map<ObjectId, byte[]> recent = new LinkedHashMap<>(64, 0.75f, true);
        private long bytes;

        byte[] read(ObjectId id) throws IOException {
            byte[] tree = recent.get(id);
            if (tree != null) {
                return tree;
            }
            tree = reader.open(id, Constants.OBJ_TREE).getCachedBytes(Integer.MAX_VALUE);
            recent.put(id, tree);
            bytes += tree.length;
            var eldest = recent.entrySet().iterator();
            while (bytes > CACHE_BYTES && recent.size() > 1) {
                bytes -= eldest.next().getValue().length;
                eldest.remove();
            }
            return tree;
        }
    }
}
