package dev.mistralready.checks.secrets;

import dev.mistralready.project.files.GitProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The commits a history walk starts from: HEAD's, or every ref's. Tells a repository with no commits
 * yet (HEAD names a branch that does not exist) from one whose HEAD or refs cannot be read, which JGit
 * alone does not: it reads a garbage HEAD, or a branch file of garbage, as no commit at all.
 */
final class HistoryStarts {

    static final String REPAIR = "Repair the repository (`git fsck` shows what is broken) or scan a fresh clone.";

    private HistoryStarts() {
    }

    /** @return empty when there are no commits yet */
    static List<ObjectId> of(Repository repository, Path root, boolean allRefs) throws IOException, HistoryScan.Unreadable {
        if (!allRefs) {
            return head(repository, root).map(List::of).orElse(List.of());
        }
        Set<ObjectId> starts = new LinkedHashSet<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefs()) {
                if (ref.getObjectId() == null) {
                    continue; // a symbolic ref to an unborn branch
                }
                RevObject target;
                try {
                    target = walk.peel(walk.parseAny(ref.getObjectId()));
                } catch (MissingObjectException e) {
                    throw new HistoryScan.Unreadable(new GitProblem(ref.getName() + " points to "
                            + ref.getObjectId().name() + ", which is missing from the repository", REPAIR));
                }
                if (target instanceof RevCommit commit) {
                    starts.add(commit.copy()); // a tag of a tree or blob has no history to walk
                }
            }
        }
        return new ArrayList<>(starts);
    }

    private static Optional<ObjectId> head(Repository repository, Path root) throws IOException, HistoryScan.Unreadable {
        Path headFile = repository.getDirectory().toPath().resolve(Constants.HEAD);
        String shownHead = shown(root, headFile);
        Ref head = repository.exactRef(Constants.HEAD);
        if (head == null) {
            throw new HistoryScan.Unreadable(new GitProblem(shownHead + " cannot be read: it names no branch or commit",
                    "Point HEAD at your branch again, e.g. `git symbolic-ref HEAD refs/heads/main`."));
        }
        ObjectId id = head.getObjectId();
        String named = head.isSymbolic() ? "HEAD's branch " + head.getTarget().getName() : "HEAD";
        if (id == null) {
            if (head.isSymbolic() && !refFileExists(repository, head.getTarget().getName())) {
                return Optional.empty(); // no commits yet
            }
            throw new HistoryScan.Unreadable(new GitProblem(named + " cannot be read: "
                    + shown(root, repository.getCommonDirectory().toPath().resolve(head.getTarget().getName()))
                    + " holds no commit id", REPAIR));
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevObject target = walk.peel(walk.parseAny(id));
            if (!(target instanceof RevCommit)) {
                throw new HistoryScan.Unreadable(new GitProblem(named + " points to " + id.name()
                        + ", which is not a commit", REPAIR));
            }
            return Optional.of(target.copy());
        } catch (MissingObjectException e) {
            throw new HistoryScan.Unreadable(new GitProblem(named + " points to commit " + id.name()
                    + ", which is missing from the repository", REPAIR));
        }
    }

    /** Whether the branch has a loose ref file (which JGit read as no commit) or a packed entry. */
    private static boolean refFileExists(Repository repository, String name) throws IOException {
        return Files.exists(repository.getCommonDirectory().toPath().resolve(name))
                || repository.getRefDatabase().exactRef(name) != null;
    }

    private static String shown(Path root, Path path) {
        return path.startsWith(root) ? root.relativize(path).toString().replace('\\', '/') : path.toString();
    }
}
