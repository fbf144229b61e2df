package dev.mistralready.project.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.WindowCacheConfig;
import org.eclipse.jgit.storage.file.WindowCacheStats;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCachesTest {

    private static final int FILES = 6;
    private static final int FILE_BYTES = 1 << 20;

    @TempDir
    Path directory;

    @Test
    void aRepositoryOpenedByTheLookupKeepsAtMostFourMegabytesOfPackOpen() throws Exception {
        Random random = new Random(17); // incompressible, so the pack holds about 6 MB, more than the limit
        try (TestRepository repository = TestRepository.init(directory)) {
            for (int i = 0; i < FILES; i++) {
                byte[] content = new byte[FILE_BYTES];
                random.nextBytes(content);
                Files.write(directory.resolve("blob" + i + ".bin"), content);
            }
            repository.add(".").commit("six megabytes");
        }
        try (Git git = Git.open(directory.toFile())) {
            git.gc().call();
        }

        var found = (RepositoryLookup.WorkTree) RepositoryLookup.find(directory.toRealPath());
        int read = 0;
        long openWhileReading;
        try (Repository repository = found.repository(); ObjectReader reader = repository.newObjectReader();
                TreeWalk walk = new TreeWalk(reader)) {
            RevCommit head = repository.parseCommit(repository.resolve("HEAD"));
            walk.addTree(head.getTree());
            while (walk.next()) {
                ObjectId blob = walk.getObjectId(0);
                read += reader.open(blob).getBytes().length;
            }
            openWhileReading = WindowCacheStats.getStats().getOpenByteCount(); // closing the repository drops its windows
        }

        assertThat(read).isEqualTo(FILES * FILE_BYTES);
        long oneWindow = new WindowCacheConfig().getPackedGitWindowSize();
        assertThat(openWhileReading).isPositive()
                .isLessThanOrEqualTo(GitCaches.PACK_WINDOWS_BYTES + oneWindow); // JGit's default keeps 10 MB
    }
}
