package dev.mistralready.project.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Gathers what a walker found into a {@link FileListing}: regular files are listed, symbolic links are
 * recorded as skipped (never followed), anything else (sockets, pipes, devices) is left out silently,
 * because reading a pipe would block.
 */
final class ListingCollector {

    static final String ROOT = ".";

    private final List<ProjectFile> files = new ArrayList<>();
    private final List<SkippedFile> skipped = new ArrayList<>();
    private final Consumer<ProjectFile> eachFile;

    /** @param eachFile told of each listed file as soon as it is found */
    ListingCollector(Consumer<ProjectFile> eachFile) {
        this.eachFile = eachFile;
    }

    /** An entry that passed ignore rules and selection; its attributes are read without following links. */
    void add(String path, Path absolute) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return; // vanished since the directory was read: nothing to check
        } catch (IOException e) {
            unreadable(path, e);
            return;
        }
        add(path, absolute, attributes);
    }

    /** As {@link #add(String, Path)}, with attributes read without following links. */
    void add(String path, Path absolute, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            skipped.add(new SkippedFile(path, SkipReason.SYMLINK, symlinkDetail(absolute)));
        } else if (attributes.isRegularFile()) {
            ProjectFile file = new ProjectFile(path, absolute, attributes.size());
            files.add(file);
            eachFile.accept(file);
        }
    }

    void symlink(String path, Path absolute) {
        skipped.add(new SkippedFile(path, SkipReason.SYMLINK, symlinkDetail(absolute)));
    }

    void unreadable(String path, IOException e) {
        unreadable(path, IoReason.of(e));
    }

    void unreadable(String path, String reason) {
        skipped.add(new SkippedFile(path.isEmpty() ? ROOT : path, SkipReason.UNREADABLE, reason));
    }

    /**
     * An entry whose name the JVM cannot turn into a path: the locale's file name encoding
     * ({@code sun.jnu.encoding}) cannot spell it.
     */
    void unspellable(String path) {
        unreadable(path, "its name cannot be spelled in the JVM's file name encoding, "
                + System.getProperty("sun.jnu.encoding", "unknown") + ", which follows the locale; "
                + "run with a UTF-8 locale, such as LC_ALL=C.UTF-8");
    }

    FileListing build(boolean fromGit) {
        files.sort(Comparator.comparing(ProjectFile::path));
        skipped.sort(Comparator.comparing(SkippedFile::path));
        return new FileListing(files, skipped, fromGit, Optional.empty());
    }

    private static String symlinkDetail(Path link) {
        try {
            return "symbolic link to " + Files.readSymbolicLink(link) + ", not followed";
        } catch (IOException | UnsupportedOperationException e) {
            return "symbolic link, not followed";
        }
    }
}
