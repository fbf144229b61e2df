package dev.mistralready.checks.secrets;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.Secret;
import dev.mistralready.project.files.FileSelection;
import dev.mistralready.project.files.GitProblem;
import dev.mistralready.project.files.RepositoryLookup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevWalkException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Finds secrets on the lines added by each non-merge commit reachable from HEAD (from every ref in
 * a bare repository), with JGit (no git binary). Each distinct blob is scanned once, as a whole; only the matches on the lines the commit
 * added are kept. A secret added more than once is reported at the earliest commit that added it.
 *
 * <p>The commits are listed first, on one thread; then {@link CommitScanner}s compare their trees
 * and scan their blobs on every core, each with its own object reader. Which commit is the
 * earliest is decided at the end from the walk's order, so the result does not depend on which
 * thread got there first.
 */
final class HistoryScan {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    /** Commits a thread takes at a time: enough to share trees and delta bases, few enough to balance the load. */
    private static final int MAX_RUN = 256;

    /** A secret added by a commit; the match's path is relative to the project root. */
    record Added(SecretMatch match, String commit, String date) {
    }

    /**
     * What the walk found and how much it read.
     *
     * @param allRefs      whether the commits are those of every ref (a bare repository) rather than HEAD's
     * @param noCommitsYet whether the repository has no commit at all, which is not a repository that
     *                     could not be read
     */
    record Result(List<Added> added, int commits, int blobs, boolean shallow, boolean allRefs, boolean noCommitsYet) {
    }

    /** The {@code since} revision does not name a commit. */
    static final class UnknownRevision extends Exception {
        UnknownRevision(String revision) {
            super("history: `since` names `" + revision + "`, which is not a branch, tag or commit in this repository");
        }
    }

    private final SecretDetector detector;
    private final long maxBytes;
    private final Cancellation cancellation;

    private HistoryScan(SecretDetector detector, long maxBytes, Cancellation cancellation) {
        this.detector = detector;
        this.maxBytes = maxBytes;
        this.cancellation = cancellation;
    }

    /**
     * The history could not be read: HEAD or a ref names nothing readable, or an object the walk
     * needs is missing or corrupt. Never "0 commits": a scan that read nothing did not pass.
     */
    static final class Unreadable extends Exception {
        private final GitProblem problem;

        Unreadable(GitProblem problem) {
            super("history: " + problem.problem());
            this.problem = problem;
        }

        GitProblem problem() {
            return problem;
        }
    }

    /**
     * The secrets added in the history of the repository holding {@code root}, or empty outside git.
     * Only the paths {@code selection} picks are read, as in the listing of the project's files. In a
     * work tree that is the history of HEAD; in a bare repository (a {@code git clone --mirror}) it is
     * that of every ref, as {@code git log --all}, since no branch there is the one being worked on.
     */
    static Optional<Result> scan(Path root, FileSelection selection, SecretDetector detector, long maxBytes,
                                 Optional<String> since, Cancellation cancellation)
            throws IOException, UnknownRevision, Unreadable {
        Path realRoot = root.toRealPath();
        RepositoryLookup.Found found = RepositoryLookup.find(realRoot);
        if (found instanceof RepositoryLookup.Unreadable unreadable) {
            throw new Unreadable(unreadable.problem());
        }
        HistoryScan scan = new HistoryScan(detector, maxBytes, cancellation);
        if (found instanceof RepositoryLookup.GitDirectory gitDirectory) {
            try (Repository repository = gitDirectory.repository()) {
                return Optional.of(scan.walk(repository, realRoot, new HistoryPaths("", selection), since, true));
            }
        }
        if (!(found instanceof RepositoryLookup.WorkTree workTree)) {
            return Optional.empty();
        }
        try (Repository repository = workTree.repository()) {
            Path top = repository.getWorkTree().toPath().toRealPath();
            if (!realRoot.startsWith(top)) {
                return Optional.empty();
            }
            String prefix = top.relativize(realRoot).toString().replace('\\', '/');
            return Optional.of(scan.walk(repository, realRoot, new HistoryPaths(prefix, selection), since, false));
        }
    }

    private Result walk(Repository repository, Path root, HistoryPaths paths, Optional<String> since, boolean allRefs)
            throws IOException, UnknownRevision, Unreadable {
        try {
            return walk(repository, HistoryStarts.of(repository, root, allRefs), paths, since, allRefs);
        } catch (RevWalkException e) { // the walk's iterator wraps what it could not read
            throw unreadable(e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e));
        } catch (MissingObjectException | CorruptObjectException e) {
            throw unreadable(e);
        }
    }

    private static Unreadable unreadable(IOException e) {
        return new Unreadable(new GitProblem("the git history cannot be read: " + e.getMessage()
                + " (a pack or loose object is missing or damaged)", HistoryStarts.REPAIR));
    }

    private Result walk(Repository repository, List<ObjectId> starts, HistoryPaths paths, Optional<String> since,
                        boolean allRefs) throws IOException, UnknownRevision {
        if (starts.isEmpty()) {
            return new Result(List.of(), 0, 0, false, allRefs, true);
        }
        try (ObjectReader reader = repository.newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            walk.setRetainBody(false);
            walk.sort(RevSort.NONE);
            for (ObjectId start : starts) {
                walk.markStart(walk.parseCommit(start));
            }
            if (since.isPresent()) {
                walk.markUninteresting(walk.parseCommit(resolve(repository, since.get())));
            }
            List<RevCommit> commits = new ArrayList<>();
            List<CommitScanner.Work> work = new ArrayList<>();
            for (RevCommit commit : walk) {
                CommitScanner.checkCancelled(cancellation);
                if (commit.getParentCount() > 1) {
                    continue; // as `git log -p`: a merge's changes are in the commits it merges
                }
                RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
                work.add(new CommitScanner.Work(commits.size(), commit.getTree(), parent == null ? null : parent.getTree()));
                commits.add(commit);
            }
            ScannedBlobs blobs = new ScannedBlobs();
            List<CommitScanner.Candidate> candidates = scanInParallel(
                    new CommitScanner.Shared(repository, paths, detector, maxBytes, cancellation, work,
                            oldestFirst(repository, commits), runLength(work.size()), new AtomicInteger(), blobs),
                    reader);
            // A shallow clone (CI's default checkout) holds only the last commits: say so, or a clean scan misleads.
            boolean shallow = !repository.getObjectDatabase().getShallowCommits().isEmpty();
            return new Result(report(walk, earliest(candidates, commits)), commits.size(), blobs.size(), shallow, allRefs, false);
        }
    }

    private static boolean oldestFirst(Repository repository, List<RevCommit> commits) {
        return commits.size() > 1 && PackOrder.oldestFirst(repository, commits.get(0), commits.get(commits.size() - 1));
    }

    private static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    private static int runLength(int commits) {
        return Math.max(1, Math.min(MAX_RUN, commits / (threads() * 4)));
    }

    private List<CommitScanner.Candidate> scanInParallel(CommitScanner.Shared shared, ObjectReader reader)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads(), HistoryScan::daemon);
        List<CommitScanner.Candidate> candidates = new ArrayList<>();
        List<CommitScanner.Deferred> deferred = new ArrayList<>();
        try {
            List<Future<CommitScanner.Found>> running = new ArrayList<>();
            for (int i = 0; i < threads(); i++) {
                running.add(pool.submit(new CommitScanner(shared)));
            }
            for (Future<CommitScanner.Found> future : running) {
                CommitScanner.Found found = await(future);
                candidates.addAll(found.candidates());
                deferred.addAll(found.deferred());
            }
        } finally {
            pool.shutdownNow();
        }
        for (CommitScanner.Deferred change : deferred) { // blobs another thread was scanning: done now
            List<SecretMatch> matches = shared.blobs().matches(change.file().blob(), change.path()).orElseThrow();
            if (!matches.isEmpty()) {
                CommitScanner.added(reader, change.file(), null, matches, change.commit(), change.change(), candidates);
            }
        }
        return candidates;
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "secret-scan-history");
        thread.setDaemon(true);
        return thread;
    }

    private static CommitScanner.Found await(Future<CommitScanner.Found> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the history scan was cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ObjectId resolve(Repository repository, String revision) throws UnknownRevision {
        try {
            ObjectId id = repository.resolve(revision + "^{commit}");
            if (id == null) {
                throw new UnknownRevision(revision);
            }
            return id;
        } catch (IOException | RuntimeException e) { // ambiguous or malformed revisions
            throw new UnknownRevision(revision);
        }
    }

    /**
     * For each secret, the commit that added it first: the oldest by commit time and, among equally
     * old ones, the one the walk met last; within a commit, its first file and match in tree order.
     * Ordered by where the walk first met each secret.
     */
    private static List<Winner> earliest(List<CommitScanner.Candidate> candidates, List<RevCommit> commits) {
        Comparator<CommitScanner.Candidate> older = Comparator
                .comparingInt((CommitScanner.Candidate candidate) -> commits.get(candidate.commit()).getCommitTime())
                .thenComparing(CommitScanner.Candidate::commit, Comparator.reverseOrder())
                .thenComparingInt(CommitScanner.Candidate::change)
                .thenComparingInt(CommitScanner.Candidate::order);
        Comparator<CommitScanner.Candidate> walkOrder = Comparator
                .comparingInt(CommitScanner.Candidate::commit)
                .thenComparingInt(CommitScanner.Candidate::change)
                .thenComparingInt(CommitScanner.Candidate::order);
        Map<SecretKey, CommitScanner.Candidate> oldest = new HashMap<>();
        Map<SecretKey, CommitScanner.Candidate> firstMet = new HashMap<>();
        for (CommitScanner.Candidate candidate : candidates) {
            SecretKey key = new SecretKey(candidate.match().rule().id(), candidate.match().secret());
            oldest.merge(key, candidate, (known, other) -> older.compare(other, known) < 0 ? other : known);
            firstMet.merge(key, candidate, (known, other) -> walkOrder.compare(other, known) < 0 ? other : known);
        }
        return oldest.entrySet().stream()
                .sorted(Comparator.comparing(entry -> firstMet.get(entry.getKey()), walkOrder))
                .map(entry -> new Winner(entry.getValue().match(), commits.get(entry.getValue().commit())))
                .toList();
    }

    private static List<Added> report(RevWalk walk, List<Winner> winners) throws IOException {
        List<Added> added = new ArrayList<>();
        for (Winner winner : winners) {
            RevCommit commit = winner.commit();
            walk.parseBody(commit);
            String date = DATE.format(commit.getAuthorIdent().getWhenAsInstant());
            added.add(new Added(winner.match(), commit.abbreviate(7).name(), date));
        }
        return added;
    }

    private record SecretKey(String rule, Secret secret) {
    }

    private record Winner(SecretMatch match, RevCommit commit) {
    }
}
