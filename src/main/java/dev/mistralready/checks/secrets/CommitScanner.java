package dev.mistralready.checks.secrets;

import dev.mistralready.check.Cancellation;
import dev.mistralready.project.files.TextFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * One thread's share of a {@link HistoryScan}: it takes runs of consecutive commits until none are
 * left, and for each file a commit added or modified scans the new blob (unless another thread
 * has), then keeps the matches on the lines the commit added. It reads through its own
 * {@link ObjectReader} (readers are not thread-safe). Consecutive commits share trees and delta
 * bases, which is why it takes runs rather than single commits, and reads each run in the order
 * the pack stores its objects ({@link PackOrder}).
 */
final class CommitScanner implements Callable<CommitScanner.Found> {

    /** A non-merge commit to scan: its place in the walk and the trees to compare. */
    record Work(int commit, ObjectId tree, ObjectId parentTree) {
    }

    /** A secret on a line a commit added: the {@code order}-th match of its {@code change}-th changed file. */
    record Candidate(SecretMatch match, int commit, int change, int order) {
    }

    /** A change whose blob another thread was still scanning; its matches are looked at once all threads are done. */
    record Deferred(int commit, int change, TreeChanges.Change file, String path) {
    }

    record Found(List<Candidate> candidates, List<Deferred> deferred) {
    }

    /** What all threads of one scan share. */
    record Shared(Repository repository, HistoryPaths paths, SecretDetector detector, long maxBytes,
                  Cancellation cancellation, List<Work> commits, boolean oldestFirst, int runLength,
                  AtomicInteger nextRun, ScannedBlobs blobs) {
    }

    private final Shared shared;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Deferred> deferred = new ArrayList<>();

    CommitScanner(Shared shared) {
        this.shared = shared;
    }

    @Override
    public Found call() throws IOException {
        try (ObjectReader reader = shared.repository().newObjectReader()) {
            TreeChanges trees = new TreeChanges(reader, shared.paths());
            List<Work> commits = shared.commits();
            int start;
            while ((start = shared.nextRun().getAndIncrement() * shared.runLength()) < commits.size()) {
                int end = Math.min(commits.size(), start + shared.runLength());
                for (int i = start; i < end; i++) {
                    checkCancelled(shared.cancellation());
                    Work work = commits.get(shared.oldestFirst() ? end - 1 - (i - start) : i);
                    scan(reader, work.commit(), trees.between(work.parentTree(), work.tree()));
                }
            }
        }
        return new Found(candidates, deferred);
    }

    static void checkCancelled(Cancellation cancellation) {
        if (cancellation.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the history scan was cancelled");
        }
    }

    private void scan(ObjectReader reader, int commit, List<TreeChanges.Change> files) throws IOException {
        for (int change = 0; change < files.size(); change++) {
            TreeChanges.Change file = files.get(change);
            String path = shared.paths().projectPath(file.repositoryPath());
            if (shared.blobs().claim(file.blob(), path)) {
                Optional<byte[]> bytes = read(reader, file.blob(), shared.maxBytes());
                List<SecretMatch> matches = bytes
                        .map(content -> shared.detector().scan(path, content))
                        .orElse(List.of());
                shared.blobs().put(file.blob(), path, matches);
                if (!matches.isEmpty()) {
                    added(reader, file, bytes.get(), matches, commit, change, candidates);
                }
            } else {
                Optional<List<SecretMatch>> matches = shared.blobs().matches(file.blob(), path);
                if (matches.isEmpty()) {
                    deferred.add(new Deferred(commit, change, file, path));
                } else if (!matches.get().isEmpty()) {
                    added(reader, file, null, matches.get(), commit, change, candidates);
                }
            }
        }
    }

    /** Adds to {@code found} those of the blob's {@code matches} on lines the commit added. */
    static void added(ObjectReader reader, TreeChanges.Change file, byte[] newBytes, List<SecretMatch> matches,
                      int commit, int change, List<Candidate> found) throws IOException {
        byte[] bytes = newBytes != null ? newBytes : reader.open(file.blob(), Constants.OBJ_BLOB).getCachedBytes();
        List<Edit> edits = addedLines(reader, file, bytes);
        for (int order = 0; order < matches.size(); order++) {
            SecretMatch match = matches.get(order);
            if (isAdded(match.line() - 1, edits)) {
                found.add(new Candidate(match, commit, change, order));
            }
        }
    }

    private static List<Edit> addedLines(ObjectReader reader, TreeChanges.Change file, byte[] newBytes)
            throws IOException {
        // Lines as the detector counted them: a UTF-16 blob is compared as the text it holds.
        RawText newText = new RawText(SecretDetector.asUtf8(newBytes));
        if (file.oldBlob() == null) {
            return List.of(new Edit(0, 0, 0, newText.size()));
        }
        byte[] oldBytes = reader.open(file.oldBlob(), Constants.OBJ_BLOB).getCachedBytes();
        return DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, new RawText(SecretDetector.asUtf8(oldBytes)), newText);
    }

    private static boolean isAdded(int line, List<Edit> edits) {
        for (Edit edit : edits) {
            if (line >= edit.getBeginB() && line < edit.getEndB()) {
                return true;
            }
        }
        return false;
    }

    /** The blob's bytes, or empty when it is too large or binary (skipped, as in the tree scan). */
    private static Optional<byte[]> read(ObjectReader reader, ObjectId blob, long maxBytes) throws IOException {
        ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
        if (loader.getSize() > maxBytes) {
            return Optional.empty();
        }
        try {
            byte[] bytes = loader.getCachedBytes((int) Math.min(Integer.MAX_VALUE, maxBytes));
            return RawText.isBinary(bytes) && !TextFiles.hasUtf16ByteOrderMark(bytes) ? Optional.empty() : Optional.of(bytes);
        } catch (LargeObjectException e) {
            return Optional.empty();
        }
    }
}
