package dev.mistralready.project;

import java.util.List;

/**
 * The files of a project that a check may read, sorted by path, and the entries that were left out
 * for a reason worth reporting (symbolic links, unreadable directories), also sorted by path.
 *
 * @param fromGit whether git decided the set (tracked plus untracked-not-ignored files) rather than a
 *                plain walk of the directory honouring {@code .gitignore} files
 */
public record FileListing(List<ProjectFile> files, List<SkippedFile> skipped, boolean fromGit) {

    public FileListing {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }
}
