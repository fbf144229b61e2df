package dev.mistralready.project.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * The staged files of a project ({@link StagedFiles}), and their content as the index holds it: the
 * blob the next commit will take, not the work-tree file, which may have changed since {@code git add}.
 * Open until closed; {@link #read} may be called from several threads at once.
 */
public final class StagedListing implements AutoCloseable {

    private final Repository repository;
    private final Path root;
    private final List<StagedFile> files;
    private final List<SkippedFile> skipped;
    private final int stagedCount;
    private final boolean beforeFirstCommit;

    StagedListing(Repository repository, Path root, List<StagedFile> files, List<SkippedFile> skipped, int stagedCount,
                  boolean beforeFirstCommit) {
        this.repository = repository;
        this.root = root;
        this.files = List.copyOf(files);
        this.skipped = List.copyOf(skipped);
        this.stagedCount = stagedCount;
        this.beforeFirstCommit = beforeFirstCommit;
    }

    /** The staged files the selection takes, sorted by path. */
    public List<StagedFile> files() {
        return files;
    }

    /** Staged entries the selection takes but that are not read: symbolic links, names that cannot be matched. */
    public List<SkippedFile> skipped() {
        return skipped;
    }

    /** How many files are staged under the project root, whatever the selection takes. */
    public int stagedCount() {
        return stagedCount;
    }

    /** Whether HEAD has no commit yet, so every index entry counts as staged. */
    public boolean beforeFirstCommit() {
        return beforeFirstCommit;
    }

    /**
     * The staged content, or why it was not read: larger than {@code maxBytes}, binary (a NUL byte in
     * its first 8,000 bytes, unless it starts with a UTF-16 byte order mark), or a blob the repository
     * cannot produce. Never throws for such a blob.
     *
     * <p>The content comes as a {@link ProjectFile} whose {@code absolute} is where the file is checked
     * out: what reports point at, not where the bytes came from.
     */
    public FileContent read(StagedFile file, long maxBytes) {
        try (ObjectReader reader = repository.newObjectReader()) {
            long size = reader.getObjectSize(file.blob(), Constants.OBJ_BLOB);
            ProjectFile shown = new ProjectFile(file.path(), root.resolve(file.path()), size);
            if (size > maxBytes) {
                return TextFiles.tooLarge(shown, size, maxBytes);
            }
            ObjectLoader loader = reader.open(file.blob(), Constants.OBJ_BLOB);
            return TextFiles.ofBytes(shown, loader.getCachedBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes)));
        } catch (IOException e) {
            return new FileContent.Skipped(new SkippedFile(file.path(), SkipReason.UNREADABLE, "the staged blob "
                    + file.blob().abbreviate(10).name() + " cannot be read from the repository: " + IoReason.of(e)));
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
