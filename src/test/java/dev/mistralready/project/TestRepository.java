package dev.mistralready.project;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A real git repository in a temp directory, created and committed to with JGit. */
final class TestRepository implements AutoCloseable {

    private static final PersonIdent AUTHOR = new PersonIdent("Test Author", "author@example.test");

    private final Git git;
    private final Path directory;

    private TestRepository(Git git, Path directory) {
        this.git = git;
        this.directory = directory;
    }

    static TestRepository init(Path directory) throws GitAPIException {
        Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call();
        return new TestRepository(git, directory);
    }

    Path directory() {
        return directory;
    }

    /** Adds (stages) these paths; ignored files are not added, as with plain {@code git add}. */
    TestRepository add(String... patterns) throws GitAPIException {
        var add = git.add();
        for (String pattern : patterns) {
            add.addFilepattern(pattern);
        }
        add.call();
        return this;
    }

    TestRepository commit(String message) throws GitAPIException {
        git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
        return this;
    }

    /** Adds everything not ignored and commits it. */
    TestRepository commitAll(String message) throws GitAPIException {
        return add(".").commit(message);
    }

    @Override
    public void close() {
        git.close();
    }
}
