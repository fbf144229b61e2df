package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.project.files.FileSelection;
import dev.mistralready.project.files.HermeticGit;
import dev.mistralready.project.files.SelectionRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@link TreeChanges} gives what JGit's own tree diff gives, on trees built to hit the awkward cases. */
@ExtendWith(HermeticGit.class)
class TreeChangesTest {

    /** Paths where a name is a file in one tree and a directory in another, and names that sort around a slash. */
    private static final List<String> PATHS = List.of("a", "a/b", "a/b/c.py", "a.txt", "a-b", "a0", "b/x", "b/y/z",
            "b/y.txt", "c", "c/d/e/f.env", "vendor/lib.py", "src/app.py", "src/app.min.py", "src/gen/g.py");
    private static final List<FileMode> MODES = List.of(FileMode.REGULAR_FILE, FileMode.REGULAR_FILE,
            FileMode.REGULAR_FILE, FileMode.EXECUTABLE_FILE, FileMode.SYMLINK, FileMode.GITLINK);

    @TempDir
    Path directory;

    private Repository repository;
    private ObjectInserter inserter;
    private ObjectReader reader;
    private final Random random = new Random(7);

    @BeforeEach
    void createRepository() throws IOException {
        repository = FileRepositoryBuilder.create(directory.resolve(".git").toFile());
        repository.create(true);
        inserter = repository.newObjectInserter();
        reader = repository.newObjectReader();
    }

    @AfterEach
    void closeRepository() {
        reader.close();
        inserter.close();
        repository.close();
    }

    @Test
    void findsTheAddedAndModifiedFilesJGitsDiffFinds() throws IOException {
        for (int round = 0; round < 300; round++) {
            ObjectId before = randomTree();
            ObjectId after = random.nextInt(4) == 0 ? mutate(before) : randomTree();

            assertThat(changes("", FileSelection.ALL, round % 10 == 0 ? null : before, after))
                    .as("round %d", round)
                    .isEqualTo(expected("", FileSelection.ALL, round % 10 == 0 ? null : before, after));
        }
    }

    @Test
    void readsOnlyTheSelectedPathsUnderTheProjectRoot() throws IOException {
        FileSelection selection = new FileSelection(List.of("b", "d"), List.of("y.txt", "**/f.env"));
        for (int round = 0; round < 200; round++) {
            ObjectId before = randomTree();
            ObjectId after = randomTree();

            assertThat(changes("", selection, before, after)).isEqualTo(expected("", selection, before, after));
            assertThat(changes("c", selection, before, after)).isEqualTo(expected("c", selection, before, after));
        }
    }

    @Test
    void aFileThatReplacesADirectoryOrALinkIsAddedUnlessOnlyItsModeChanged() throws IOException {
        ObjectId text = blob("x = 1\n");
        ObjectId target = blob("x.py");
        ObjectId before = tree(Map.of("a/b", entry(FileMode.REGULAR_FILE, text), "link", entry(FileMode.SYMLINK, target),
                "moded", entry(FileMode.SYMLINK, text), "same", entry(FileMode.REGULAR_FILE, text)));
        ObjectId after = tree(Map.of("a", entry(FileMode.REGULAR_FILE, text), "link", entry(FileMode.REGULAR_FILE, text),
                "moded", entry(FileMode.REGULAR_FILE, text), "same", entry(FileMode.EXECUTABLE_FILE, text)));

        assertThat(changes("", FileSelection.ALL, before, after)).containsExactly(
                new TreeChanges.Change("a", text, null),
                new TreeChanges.Change("link", text, null),
                new TreeChanges.Change("moded", text, text),
                new TreeChanges.Change("same", text, text));
    }

    private List<TreeChanges.Change> changes(String prefix, FileSelection selection, ObjectId before, ObjectId after)
            throws IOException {
        return new TreeChanges(reader, new HistoryPaths(prefix, selection)).between(before, after);
    }

    /** JGit's diff, less what the history scan does not read, checked against the listing's rules path by path. */
    private List<TreeChanges.Change> expected(String prefix, FileSelection selection, ObjectId before, ObjectId after)
            throws IOException {
        SelectionRules rules = SelectionRules.of(selection);
        List<TreeChanges.Change> expected = new ArrayList<>();
        try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repository);
            diff.setDetectRenames(false);
            for (DiffEntry entry : before == null ? diff.scan(new org.eclipse.jgit.treewalk.EmptyTreeIterator(),
                    new org.eclipse.jgit.treewalk.CanonicalTreeParser(null, reader, after)) : diff.scan(before, after)) {
                boolean regular = entry.getNewMode() == FileMode.REGULAR_FILE || entry.getNewMode() == FileMode.EXECUTABLE_FILE;
                if (entry.getChangeType() == DiffEntry.ChangeType.DELETE || !regular
                        || !selected(prefix, rules, entry.getNewPath())) {
                    continue;
                }
                ObjectId old = entry.getChangeType() == DiffEntry.ChangeType.MODIFY ? entry.getOldId().toObjectId() : null;
                expected.add(new TreeChanges.Change(entry.getNewPath(), entry.getNewId().toObjectId(), old));
            }
        }
        return expected;
    }

    private static boolean selected(String prefix, SelectionRules rules, String repositoryPath) {
        if (!prefix.isEmpty() && !repositoryPath.startsWith(prefix + "/")) {
            return false;
        }
        String path = prefix.isEmpty() ? repositoryPath : repositoryPath.substring(prefix.length() + 1);
        String[] segments = path.split("/");
        StringBuilder directory = new StringBuilder();
        for (int i = 0; i < segments.length - 1; i++) {
            directory.append(i == 0 ? "" : "/").append(segments[i]);
            if (!rules.entersDirectory(directory.toString())) {
                return false;
            }
        }
        return rules.includesFile(path);
    }

    private ObjectId randomTree() throws IOException {
        Map<String, DirCacheEntry> entries = new LinkedHashMap<>();
        for (String path : PATHS) {
            if (random.nextBoolean() && fits(path, entries)) {
                FileMode mode = MODES.get(random.nextInt(MODES.size()));
                ObjectId id = mode == FileMode.GITLINK ? ObjectId.fromString("0123456789012345678901234567890123456789")
                        : blob("content " + random.nextInt(3) + "\n");
                entries.put(path, entry(mode, id));
            }
        }
        return tree(entries);
    }

    /** The same tree with one file's content changed: the common case, a long shared head and tail. */
    private ObjectId mutate(ObjectId tree) throws IOException {
        Map<String, DirCacheEntry> entries = new LinkedHashMap<>();
        try (org.eclipse.jgit.treewalk.TreeWalk walk = new org.eclipse.jgit.treewalk.TreeWalk(reader)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            while (walk.next()) {
                entries.put(walk.getPathString(), entry(walk.getFileMode(0), walk.getObjectId(0)));
            }
        }
        List<String> files = new ArrayList<>(entries.keySet());
        if (!files.isEmpty()) {
            entries.put(files.get(random.nextInt(files.size())), entry(FileMode.REGULAR_FILE, blob("changed\n")));
        }
        return tree(entries);
    }

    /** No entry may be both a file and a directory within one tree. */
    private static boolean fits(String path, Map<String, DirCacheEntry> entries) {
        for (String other : entries.keySet()) {
            if (other.startsWith(path + "/") || path.startsWith(other + "/")) {
                return false;
            }
        }
        return true;
    }

    private static DirCacheEntry entry(FileMode mode, ObjectId id) {
        DirCacheEntry entry = new DirCacheEntry("placeholder");
        entry.setFileMode(mode);
        entry.setObjectId(id);
        return entry;
    }

    private ObjectId tree(Map<String, DirCacheEntry> entries) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(pair -> {
            DirCacheEntry entry = new DirCacheEntry(pair.getKey());
            entry.setFileMode(pair.getValue().getFileMode());
            entry.setObjectId(pair.getValue().getObjectId());
            builder.add(entry);
        });
        builder.finish();
        ObjectId tree = index.writeTree(inserter);
        inserter.flush();
        return tree;
    }

    private ObjectId blob(String text) throws IOException {
        ObjectId id = inserter.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8));
        inserter.flush();
        return id;
    }
}
