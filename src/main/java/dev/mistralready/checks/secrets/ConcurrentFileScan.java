package dev.mistralready.checks.secrets;

import dev.mistralready.project.files.ProjectFile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Scans files on one worker per core while the listing is still finding them: the listing hands
 * each file over as it is found, and the workers take them in small batches, so reading starts at
 * once instead of after the last directory has been walked.
 */
final class ConcurrentFileScan implements Consumer<ProjectFile>, AutoCloseable {

    /** Small enough that every worker stays busy to the end, large enough that a task is worth its cost. */
    private static final int BATCH = 16;

    private final Function<ProjectFile, List<SecretMatch>> scanOne;
    private final ForkJoinPool workers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    private final List<Future<List<SecretMatch>>> tasks = new ArrayList<>();
    private List<ProjectFile> batch = new ArrayList<>(BATCH);

    ConcurrentFileScan(Function<ProjectFile, List<SecretMatch>> scanOne) {
        this.scanOne = scanOne;
    }

    /** Called by the listing, on its own thread. */
    @Override
    public void accept(ProjectFile file) {
        batch.add(file);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    /** Waits for every file handed over; their matches, in no particular order. */
    List<SecretMatch> matches() throws InterruptedException, ExecutionException {
        if (!batch.isEmpty()) {
            submit();
        }
        List<SecretMatch> matches = new ArrayList<>();
        for (Future<List<SecretMatch>> task : tasks) {
            try {
                matches.addAll(task.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancellationException cancelled) {
                    throw cancelled;
                }
                throw e;
            }
        }
        return matches;
    }

    private void submit() {
        List<ProjectFile> files = batch;
        batch = new ArrayList<>(BATCH);
        tasks.add(workers.submit(() -> {
            List<SecretMatch> found = new ArrayList<>();
            for (ProjectFile file : files) {
                found.addAll(scanOne.apply(file));
            }
            return found;
        }));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
