package dev.mistralready.checks.secrets;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.Secret;
import dev.mistralready.project.FileSelection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Finds secrets on the lines added by each non-merge commit reachable from HEAD, with JGit (no git
 * binary). Each distinct blob is scanned once, as a whole; only the matches on the lines the commit
 * added are kept. A secret added more than once is reported at the earliest commit that added it.
 */
final class HistoryScan {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** A secret added by a commit; the match's path is relative to the project root. */
    record Added(SecretMatch match, String commit, String date) {
    }

    /** What the walk found and how much it read. */
    record Result(List<Added> added, int commits, int blobs) {
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
    private final Map<BlobKey, List<SecretMatch>> scanned = new HashMap<>();
    private final Map<SecretKey, Candidate> earliest = new LinkedHashMap<>();
    private int commits;

    private HistoryScan(SecretDetector detector, long maxBytes, Cancellation cancellation) {
        this.detector = detector;
        this.maxBytes = maxBytes;
        this.cancellation = cancellation;
    }

    /**
     * The secrets added in the history of the repository holding {@code root}, or empty outside git.
     * Only the paths {@code selection} picks are read, as in the listing of the project's files.
     */
    static Optional<Result> scan(Path root, FileSelection selection, SecretDetector detector, long maxBytes,
                                 Optional<String> since, Cancellation cancellation) throws IOException, UnknownRevision {
        Path realRoot = root.toRealPath();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(realRoot.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.build()) {
            if (repository.isBare()) {
                return Optional.empty();
            }
            Path top = repository.getWorkTree().toPath().toRealPath();
            if (!realRoot.startsWith(top)) {
                return Optional.empty();
            }
            String prefix = top.relativize(realRoot).toString().replace('\\', '/');
            HistoryPaths paths = new HistoryPaths(prefix, selection);
            return Optional.of(new HistoryScan(detector, maxBytes, cancellation).walk(repository, paths, since));
        }
    }

    private Result walk(Repository repository, HistoryPaths paths, Optional<String> since) throws IOException, UnknownRevision {
        ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
        if (head == null) {
            return new Result(List.of(), 0, 0); // no commits yet
        }
        try (ObjectReader reader = repository.newObjectReader();
             RevWalk walk = new RevWalk(reader);
             DiffFormatter diffs = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            walk.setRetainBody(false);
            walk.sort(RevSort.NONE);
            walk.markStart(walk.parseCommit(head));
            if (since.isPresent()) {
                walk.markUninteresting(walk.parseCommit(resolve(repository, since.get())));
            }
            diffs.setReader(reader, repository.getConfig());
            diffs.setDetectRenames(false);
            diffs.setContext(0);
            if (!paths.everything()) {
                diffs.setPathFilter(new SelectedPaths(paths));
            }
            for (RevCommit commit : walk) {
                if (cancellation.isCancelled()) {
                    throw new CancellationException("the history scan was cancelled");
                }
                if (commit.getParentCount() > 1) {
                    continue; // as `git log -p`: a merge's changes are in the commits it merges
                }
                commits++;
                AbstractTreeIterator parent = commit.getParentCount() == 0 ? new EmptyTreeIterator()
                        : new CanonicalTreeParser(null, reader, walk.parseCommit(commit.getParent(0)).getTree());
                CanonicalTreeParser tree = new CanonicalTreeParser(null, reader, commit.getTree());
                for (DiffEntry entry : diffs.scan(parent, tree)) {
                    scanEntry(reader, entry, commit, paths);
                }
            }
            return new Result(report(walk), commits, scanned.size());
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

    private void scanEntry(ObjectReader reader, DiffEntry entry, RevCommit commit, HistoryPaths paths) throws IOException {
        if (entry.getChangeType() != DiffEntry.ChangeType.ADD && entry.getChangeType() != DiffEntry.ChangeType.MODIFY) {
            return;
        }
        if (entry.getNewMode().getObjectType() != Constants.OBJ_BLOB || FileMode.SYMLINK.equals(entry.getNewMode())) {
            return; // submodules and symbolic links hold no file content
        }
        String path = paths.projectPath(entry.getNewPath());
        ObjectId blob = entry.getNewId().toObjectId();
        Optional<byte[]> newBytes = Optional.empty();
        BlobKey key = new BlobKey(blob, path);
        List<SecretMatch> matches = scanned.get(key);
        if (matches == null) {
            newBytes = read(reader, blob);
            matches = newBytes.map(bytes -> detector.scan(path, new String(bytes, StandardCharsets.ISO_8859_1)))
                    .orElse(List.of());
            scanned.put(key, matches);
        }
        if (matches.isEmpty()) {
            return; // most blobs: no need to diff at all
        }
        List<Edit> edits = addedLines(reader, entry, newBytes.isPresent() ? newBytes.get() : read(reader, blob).orElseThrow());
        for (SecretMatch match : matches) {
            if (isAdded(match.line() - 1, edits)) {
                record(match, commit);
            }
        }
    }

    private List<Edit> addedLines(ObjectReader reader, DiffEntry entry, byte[] newBytes) throws IOException {
        RawText newText = new RawText(newBytes);
        if (entry.getChangeType() == DiffEntry.ChangeType.ADD) {
            return List.of(new Edit(0, 0, 0, newText.size()));
        }
        byte[] oldBytes = reader.open(entry.getOldId().toObjectId(), Constants.OBJ_BLOB).getBytes();
        return DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, new RawText(oldBytes), newText);
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
    private Optional<byte[]> read(ObjectReader reader, ObjectId blob) throws IOException {
        ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
        if (loader.getSize() > maxBytes) {
            return Optional.empty();
        }
        try {
            byte[] bytes = loader.getCachedBytes((int) Math.min(Integer.MAX_VALUE, maxBytes));
            return RawText.isBinary(bytes) ? Optional.empty() : Optional.of(bytes);
        } catch (LargeObjectException e) {
            return Optional.empty();
        }
    }

    private void record(SecretMatch match, RevCommit commit) {
        SecretKey key = new SecretKey(match.rule().id(), match.secret());
        Candidate known = earliest.get(key);
        // The walk meets children before their parents; among equal times the later one met is older.
        if (known == null || commit.getCommitTime() < known.commit.getCommitTime()
                || (commit.getCommitTime() == known.commit.getCommitTime() && !commit.equals(known.commit))) {
            earliest.put(key, new Candidate(match, commit));
        }
    }

    private List<Added> report(RevWalk walk) throws IOException {
        List<Added> added = new ArrayList<>();
        for (Candidate candidate : earliest.values()) {
            RevCommit commit = candidate.commit;
            walk.parseBody(commit);
            String date = DATE.format(commit.getAuthorIdent().getWhenAsInstant());
            added.add(new Added(candidate.match, commit.abbreviate(7).name(), date));
        }
        return added;
    }

    /** The diff's path filter: the directories and files {@link HistoryPaths} selects. */
    private static final class SelectedPaths extends TreeFilter {
        private final HistoryPaths paths;

        SelectedPaths(HistoryPaths paths) {
            this.paths = paths;
        }

        @Override
        public boolean include(TreeWalk walk) {
            String path = walk.getPathString();
            return walk.isSubtree() ? paths.entersDirectory(path) : paths.includesFile(path);
        }

        @Override
        public boolean shouldBeRecursive() {
            return true;
        }

        @Override
        public TreeFilter clone() {
            return this;
        }
    }

    private record BlobKey(ObjectId blob, String path) {
    }

    private record SecretKey(String rule, Secret secret) {
    }

    private record Candidate(SecretMatch match, RevCommit commit) {
    }
}
