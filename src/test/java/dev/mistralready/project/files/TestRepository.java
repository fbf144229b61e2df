package dev.mistralready.project.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

/** A real git repository in a temp directory, created and committed to with JGit. */
public final class TestRepository implements AutoCloseable {

    private static final PersonIdent AUTHOR = new PersonIdent("Test Author", "author@example.test");

    private final Git git;
    private final Path directory;

    private TestRepository(Git git, Path directory) {
        this.git = git;
        this.directory = directory;
    }

    public static TestRepository init(Path directory) throws GitAPIException {
        Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call();
        return new TestRepository(git, directory);
    }

    public Path directory() {
        return directory;
    }

    /** Adds (stages) these paths; ignored files are not added, as with plain {@code git add}. */
    public TestRepository add(String... patterns) throws GitAPIException {
        var add = git.add();
        for (String pattern : patterns) {
            add.addFilepattern(pattern);
        }
        add.call();
        return this;
    }

    /**
     * Stages the file at these raw path bytes, as {@code git add} does for a name that is not UTF-8:
     * JGit's own add reads names through {@code java.io.File} and would stage another name.
     */
    public TestRepository addRaw(byte[] path) throws IOException {
        Repository repository = git.getRepository();
        byte[] content = Files.readAllBytes(TestFiles.rawPath(directory, path));
        DirCache index = repository.lockDirCache();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            DirCacheEditor editor = index.editor();
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, content);
            inserter.flush();
            editor.add(new DirCacheEditor.PathEdit(new DirCacheEntry(path)) {
                @Override
                public void apply(DirCacheEntry entry) {
                    entry.setFileMode(FileMode.REGULAR_FILE);
                    entry.setObjectId(blob);
                    entry.setLength(content.length);
                }
            });
            editor.commit();
        } finally {
            index.unlock();
        }
        return this;
    }

    public TestRepository commit(String message) throws GitAPIException {
        git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
        return this;
    }

    /** Adds everything not ignored and commits it. */
    public TestRepository commitAll(String message) throws GitAPIException {
        return add(".").commit(message);
    }

    /**
     * Adds the repository at {@code url} (a {@code file://} URI of a repository in the temp
     * directory) as a submodule at {@code path}, checked out, and stages it.
     */
    public TestRepository addSubmodule(String path, String url) throws GitAPIException {
        git.submoduleAdd().setPath(path).setURI(url).call().close();
        return this;
    }

    @Override
    public void close() {
        git.close();
    }
}
