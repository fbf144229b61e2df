package dev.mistralready.project.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Repository;

/**
 * The index a commit is being made from. {@code git commit -a} and {@code git commit PATHS} build a
 * temporary index and name it to the hooks in {@code GIT_INDEX_FILE} (absolute, or relative to the
 * work tree's top, where hooks run); a plain commit names {@code .git/index} or nothing. Only a file
 * inside the repository's git directory is read, so the variable cannot point the scan elsewhere.
 */
final class IndexLocation {

    private IndexLocation() {
    }

    static DirCache read(Repository repository, Optional<String> gitIndexFile) throws IOException, StagedFiles.Unavailable {
        if (gitIndexFile.isEmpty() || gitIndexFile.get().isBlank()) {
            return repository.readDirCache();
        }
        Path named = repository.getWorkTree().toPath().resolve(gitIndexFile.get());
        if (!Files.isRegularFile(named)) {
            throw new StagedFiles.Unavailable("GIT_INDEX_FILE names " + named + ", which is not a file, so the index "
                    + "being committed cannot be read");
        }
        Path index = named.toRealPath();
        Path gitDirectory = repository.getDirectory().toPath().toRealPath();
        if (!index.startsWith(gitDirectory)) {
            throw new StagedFiles.Unavailable("GIT_INDEX_FILE names " + index + ", outside the repository's git directory "
                    + gitDirectory + "; only an index inside it is read");
        }
        return DirCache.read(index.toFile(), repository.getFS());
    }
}
