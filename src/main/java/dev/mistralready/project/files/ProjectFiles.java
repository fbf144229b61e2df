package dev.mistralready.project.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.Repository;

/**
 * Lists the files of the project under check that a check may read.
 *
 * <p>Inside a git work tree (a {@code .git} in the root or an ancestor) the listing is git's: tracked
 * files plus untracked files that are not ignored, under the root, with paths relative to the root.
 * Outside git it is a walk of the root that honours {@code .gitignore} files at every level and skips
 * {@code .git}; so is a repository whose {@code .git} or index cannot be read, and then the listing says
 * what is broken ({@link FileListing#gitProblem()}). Either way symbolic links are recorded as skipped
 * and never followed, and the listing is sorted by path. A bare repository has no files to list.
 */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static FileListing list(Path root) throws IOException {
        return list(root, FileSelection.ALL);
    }

    /**
     * @param root the project directory; a symbolic link here is followed, since the user named it
     * @throws NoWorkTreeException if {@code root} is a bare repository or inside a git directory
     * @throws IOException if {@code root} is not a readable directory, or git's working tree could not
     *                     be walked
     */
    public static FileListing list(Path root, FileSelection selection) throws IOException {
        return list(root, selection, file -> { });
    }

    /**
     * As {@link #list(Path, FileSelection)}, telling {@code eachFile} of each file as soon as it is
     * found (on this thread, in no particular order), so that reading can start while listing goes on.
     */
    public static FileListing list(Path root, FileSelection selection, Consumer<ProjectFile> eachFile)
            throws IOException {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(eachFile, "eachFile");
        Path directory = root.toRealPath();
        if (!Files.isDirectory(directory)) {
            throw new NotDirectoryException(root.toString());
        }
        SelectionRules rules = SelectionRules.of(selection);
        RepositoryLookup.Found found = RepositoryLookup.find(directory);
        if (found instanceof RepositoryLookup.GitDirectory gitDirectory) {
            gitDirectory.repository().close();
            throw new NoWorkTreeException(gitDirectory.reason()); // its pack files are not the project's
        }
        if (found instanceof RepositoryLookup.Unreadable unreadable) {
            return DirectoryWalk.list(directory, rules, eachFile).withGitProblem(unreadable.problem());
        }
        if (found instanceof RepositoryLookup.WorkTree workTree) {
            try (Repository repository = workTree.repository()) {
                Optional<FileListing> fromGit = GitWorkTree.list(repository, directory, rules, eachFile);
                if (fromGit.isPresent()) {
                    return fromGit.get();
                }
            } catch (GitWorkTree.UnreadableIndex e) {
                return DirectoryWalk.list(directory, rules, eachFile).withGitProblem(e.problem());
            }
        }
        return DirectoryWalk.list(directory, rules, eachFile);
    }

    /**
     * Why the project has no files to list, when {@code root} is a bare repository or inside a git
     * directory; gates that read files are skipped for this reason rather than read git's objects.
     */
    public static Optional<String> noWorkTree(Path root) throws IOException {
        return RepositoryLookup.noWorkTree(root.toRealPath());
    }
}
