package dev.mistralready.project.files;

import org.eclipse.jgit.storage.file.WindowCacheConfig;

/**
 * Sizes JGit's object caches for a run that lasts a second or two. JGit's defaults (10 MB of pack
 * windows, and 10 MB of inflated delta bases per reader) suit a long-lived server; in a short run a
 * history scan turns those caches over every few hundred milliseconds, so each young collection
 * copies what they hold and promotes the rest, and the old generation grows with them. Measured on a
 * 4,000-commit repository (bench/real-repos), 4 MB each, with the history scan's own tree cache cut
 * from 8 MB to 1 MB, kept the scan as fast and took its peak memory from about 315 MB to about 240 MB.
 */
final class GitCaches {

    private static final int DELTA_BASE_CACHE_BYTES = 4 << 20;
    static final long PACK_WINDOWS_BYTES = 4L << 20;

    private static boolean installed;

    private GitCaches() {
    }

    /** Once per process, before JGit first reads a pack; later calls do nothing. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        WindowCacheConfig config = new WindowCacheConfig();
        config.setDeltaBaseCacheLimit(DELTA_BASE_CACHE_BYTES);
        config.setPackedGitLimit(PACK_WINDOWS_BYTES);
        config.install();
        installed = true;
    }
}
