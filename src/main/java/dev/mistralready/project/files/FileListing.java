package dev.mistralready.project.files;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The files of a project that a check may read, sorted by path, and the entries that were left out
 * for a reason worth reporting (symbolic links, unreadable directories), also sorted by path.
 *
 * @param fromGit    whether git decided the set (tracked plus untracked-not-ignored files) rather than a
 *                   plain walk of the directory honouring {@code .gitignore} files
 * @param gitProblem why git could not decide the set although the project is in a git repository (a
 *                   corrupt index, a {@code .git} that cannot be opened): the plain walk was used instead,
 *                   which misses files git tracks though a {@code .gitignore} matches them
 */
public record FileListing(List<ProjectFile> files, List<SkippedFile> skipped, boolean fromGit,
                          Optional<GitProblem> gitProblem) {

    public FileListing {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(gitProblem, "gitProblem");
    }

    FileListing withGitProblem(GitProblem problem) {
        return new FileListing(files, skipped, fromGit, Optional.of(problem));
    }
}
