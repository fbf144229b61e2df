package dev.mistralready.checks.secrets;

import dev.mistralready.check.CheckContext;
import dev.mistralready.project.files.FileContent;
import dev.mistralready.project.files.SkipReason;
import dev.mistralready.project.files.StagedFile;
import dev.mistralready.project.files.StagedListing;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The secret scan of {@code check --staged}: each staged file's blob, read from the index (what the
 * commit will hold), on one worker per core. A blob over {@code max-file-size} is still read whole up
 * to {@value #LARGEST_BLOB_MIB} MiB, since a commit's few files are read one per worker (a tree scan
 * reads such files in windows instead); a larger one, or a notebook over the limit, is skipped and
 * counted as too large, as in a tree scan.
 */
final class StagedScan {

    static final int LARGEST_BLOB_MIB = 64;
    private static final long LARGEST_BLOB = LARGEST_BLOB_MIB * 1024L * 1024L;

    private StagedScan() {
    }

    static List<SecretMatch> scan(StagedListing listing, SecretDetector detector, long maxBytes, ScanTally tally,
                                  CheckContext context) throws InterruptedException, ExecutionException {
        listing.skipped().forEach(tally::skipped);
        ForkJoinPool workers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            return workers.submit(() -> listing.files().parallelStream()
                    .flatMap(file -> scanOne(listing, file, detector, maxBytes, tally, context).stream())
                    .toList()).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException cancelled) {
                throw cancelled;
            }
            throw e;
        } finally {
            workers.shutdownNow();
        }
    }

    private static List<SecretMatch> scanOne(StagedListing listing, StagedFile file, SecretDetector detector, long maxBytes,
                                             ScanTally tally, CheckContext context) {
        if (context.cancellation().isCancelled()) {
            throw new CancellationException("the secret scan was cancelled");
        }
        FileContent content = listing.read(file, maxBytes);
        if (content instanceof FileContent.Skipped skipped && skipped.skipped().reason() == SkipReason.TOO_LARGE
                && !SecretDetector.isNotebook(file.path())) {
            content = listing.read(file, Math.max(maxBytes, LARGEST_BLOB));
        }
        return SecretScanCheck.scanRead(file.path(), content, detector, tally);
    }

    /** What the details say of where the files came from, and what was not scanned. */
    static List<String> describe(StagedListing listing, boolean historyAsked) {
        List<String> details = new ArrayList<>();
        int staged = listing.stagedCount();
        String source = "--staged: read from the git index (the content the commit will hold), not the work tree; "
                + staged + (staged == 1 ? " file" : " files") + " staged"
                + (listing.beforeFirstCommit() ? " (no commit yet, so every file in the index)" : "");
        int taken = listing.files().size() + listing.skipped().size();
        if (taken < staged) {
            source += ", " + taken + " of them in the gate's paths";
        }
        details.add(source);
        if (historyAsked) {
            details.add("history: not scanned under --staged (the commit adds only the staged files)");
        }
        return details;
    }
}
