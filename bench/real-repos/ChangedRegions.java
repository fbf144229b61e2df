import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * How many bytes a history scan would read if it scanned only the changed part of each modified
 * blob instead of the whole blob, and what getting the old blob would cost: the measure behind the
 * "changed regions" lead of issue 17 (see README.md here). A bench, not part of the build.
 *
 *   java -cp target/mistral-ready.jar bench/real-repos/ChangedRegions.java REPO [MARGIN_LINES] [CACHE_MB]
 *
 * Walks HEAD's non-merge commits oldest first, as the history scan's runs do, and for each distinct
 * blob a commit adds or modifies counts its whole size and, for a modification, the span between the
 * longest common prefix and suffix with the old blob, widened to whole lines plus MARGIN_LINES
 * (default 3) on each side. The old blob is taken from a cache of the last CACHE_MB (default 16) of
 * blobs read, else inflated, and the time of those inflations is shown. Single-threaded.
 */
public final class ChangedRegions {

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: ChangedRegions REPO [MARGIN_LINES] [CACHE_MB]");
            System.exit(2);
        }
        int margin = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long cacheBytes = (args.length > 2 ? Long.parseLong(args[2]) : 16) << 20;
        try (Repository repository = new FileRepositoryBuilder().setWorkTree(new File(args[0])).setMustExist(true).build();
             ObjectReader reader = repository.newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            walk.markStart(walk.parseCommit(repository.resolve(Constants.HEAD)));
            List<RevCommit> commits = new ArrayList<>();
            walk.forEach(commits::add);
            Collections.reverse(commits);
            new ChangedRegions(reader, walk, margin, new RecentBlobs(cacheBytes)).measure(commits);
        }
    }

    private final ObjectReader reader;
    private final RevWalk walk;
    private final int margin;
    private final RecentBlobs recent;
    private final Set<ObjectId> seen = new HashSet<>();
    private long wholeBytes;
    private long addedFileBytes;
    private long regionBytes;
    private long oldFromCache;
    private long oldInflated;
    private long inflatingNanos;

    private ChangedRegions(ObjectReader reader, RevWalk walk, int margin, RecentBlobs recent) {
        this.reader = reader;
        this.walk = walk;
        this.margin = margin;
        this.recent = recent;
    }

    private void measure(List<RevCommit> commits) throws Exception {
        long started = System.nanoTime();
        for (RevCommit commit : commits) {
            if (commit.getParentCount() > 1) {
                continue; // as `git log -p` and the history scan: a merge's changes are in the commits it merges
            }
            try (TreeWalk changes = new TreeWalk(reader)) {
                changes.setRecursive(true);
                if (commit.getParentCount() == 0) {
                    changes.addTree(new EmptyTreeIterator());
                } else {
                    changes.addTree(walk.parseCommit(commit.getParent(0)).getTree());
                }
                changes.addTree(commit.getTree());
                changes.setFilter(TreeFilter.ANY_DIFF);
                while (changes.next()) {
                    change(changes);
                }
            }
        }
        System.out.printf("%,d blobs, %,d MB whole (%,d MB of them new files); changed regions %,d MB%n",
                seen.size(), wholeBytes >> 20, addedFileBytes >> 20, (addedFileBytes + regionBytes) >> 20);
        System.out.printf("old blobs: %,d from the cache, %,d inflated in %,d ms; whole walk %,d ms%n",
                oldFromCache, oldInflated, inflatingNanos / 1_000_000, (System.nanoTime() - started) / 1_000_000);
    }

    private void change(TreeWalk changes) throws Exception {
        if (changes.getFileMode(1).getObjectType() != Constants.OBJ_BLOB) {
            return; // deleted, or a submodule
        }
        ObjectId blob = changes.getObjectId(1);
        if (!seen.add(blob)) {
            return;
        }
        byte[] now = reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
        recent.put(blob, now);
        wholeBytes += now.length;
        if (changes.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
            addedFileBytes += now.length;
            return;
        }
        regionBytes += regionLength(oldBlob(changes.getObjectId(0)), now);
    }

    private byte[] oldBlob(ObjectId id) throws Exception {
        byte[] cached = recent.get(id);
        if (cached != null) {
            oldFromCache++;
            return cached;
        }
        oldInflated++;
        long started = System.nanoTime();
        byte[] bytes = reader.open(id, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
        inflatingNanos += System.nanoTime() - started;
        return bytes;
    }

    /** The bytes between the common prefix and suffix of the two versions, as whole lines, widened by the margin. */
    private long regionLength(byte[] before, byte[] now) {
        int shorter = Math.min(before.length, now.length);
        int prefix = Arrays.mismatch(before, now);
        if (prefix < 0) {
            prefix = shorter;
        }
        int suffix = 0;
        while (suffix < shorter - prefix && before[before.length - 1 - suffix] == now[now.length - 1 - suffix]) {
            suffix++;
        }
        int from = prefix;
        for (int lines = 0; from > 0; from--) {
            if (now[from - 1] == '\n' && lines++ == margin) {
                break;
            }
        }
        int to = now.length - suffix;
        for (int lines = 0; to < now.length && lines <= margin; to++) {
            if (now[to] == '\n') {
                lines++;
            }
        }
        return Math.max(0, to - from);
    }

    /** The last blobs read, up to a number of bytes, least recently used first out. */
    private static final class RecentBlobs extends LinkedHashMap<ObjectId, byte[]> {
        private final long capacity;
        private long held;

        RecentBlobs(long capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        public byte[] put(ObjectId id, byte[] bytes) {
            held += bytes.length;
            return super.put(id.copy(), bytes);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<ObjectId, byte[]> eldest) {
            if (held <= capacity) {
                return false;
            }
            held -= eldest.getValue().length;
            return true;
        }
    }
}
