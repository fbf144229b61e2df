package dev.mistralready.checks.secrets;

import java.io.IOException;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Which way to read the history so that JGit resolves few deltas. A packed object is often a delta
 * on an object stored before it, and JGit's delta-base cache keeps only the base it applied last,
 * so reading objects in the order the pack stores them costs one or two delta steps each, and
 * reading them the other way round costs a walk down the whole chain (up to 50 steps) each.
 * {@code git gc} and every clone store the newest objects first; {@code git fast-import} (and so
 * repositories converted from other systems, and the benchmark's) stores the oldest first.
 *
 * <p>This looks at JGit's pack index, which is not public API; if that ever fails, the walk's own
 * order (newest first, as {@code git gc} packs) is used.
 */
final class PackOrder {

    private PackOrder() {
    }

    /** Whether the pack holding both commits stores the older one first. */
    static boolean oldestFirst(Repository repository, ObjectId newest, ObjectId oldest) {
        try {
            if (!(repository.getObjectDatabase() instanceof ObjectDirectory directory)) {
                return false;
            }
            for (Pack pack : directory.getPacks()) {
                PackIndex index = pack.getIndex();
                long newer = index.findOffset(newest);
                long older = index.findOffset(oldest);
                if (newer >= 0 && older >= 0) {
                    return older < newer;
                }
            }
            return false;
        } catch (IOException | RuntimeException | LinkageError e) {
            return false; // an unreadable index, or a JGit whose internals moved: the walk's order is fine
        }
    }
}
