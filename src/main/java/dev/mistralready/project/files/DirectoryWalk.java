package dev.mistralready.project.files;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Lists a directory that is not in a git work tree: a plain walk that honours every {@code .gitignore}
 * on the way (root and nested), never enters {@code .git}, an ignored or an excluded directory, and
 * never follows a symbolic link.
 */
final class DirectoryWalk {

    private static final String GIT_DIRECTORY = ".git";

    private DirectoryWalk() {
    }

    /** {@code root} is a real path (no symbolic links) of a directory. */
    static FileListing list(Path root, SelectionRules selection, Consumer<ProjectFile> eachFile) throws IOException {
        ListingCollector found = new ListingCollector(eachFile);
        walk(root, "", selection, found, file -> false, new GitignoreStack(), "");
        return found.build(false);
    }

    /**
     * Walks {@code directory} into {@code found}, each entry shown as {@code shownAs} joined with its
     * path below the directory; files that {@code listedElsewhere} accepts are left out.
     *
     * @param ignores   the {@code .gitignore} files above {@code directory}, if any apply, whose
     *                  paths are relative to a directory in which this one is {@code ignoredAs}
     */
    static void walk(Path directory, String shownAs, SelectionRules selection, ListingCollector found,
                     Predicate<Path> listedElsewhere, GitignoreStack ignores, String ignoredAs) throws IOException {
        RelativePaths relative = new RelativePaths(directory);
        Files.walkFileTree(directory, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path entry, BasicFileAttributes attributes) {
                        String path = relative.of(entry);
                        String shown = join(shownAs, path);
                        try {
                            if (!path.isEmpty() && (isGitDirectory(entry)
                                    || ignores.isIgnored(join(ignoredAs, path), true)
                                    || !selection.entersDirectory(shown))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                        } catch (InvalidPathException e) {
                            found.unspellable(shown);
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        ignores.enter(join(ignoredAs, path), entry);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String path = relative.of(file);
                        String shown = join(shownAs, path);
                        try {
                            if (!isGitDirectory(file)
                                    && !ignores.isIgnored(join(ignoredAs, path), false)
                                    && selection.includesFile(shown)
                                    && !listedElsewhere.test(file)) {
                                found.add(shown, file, attributes);
                            }
                        } catch (InvalidPathException e) {
                            found.unspellable(shown);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException failure) {
                        // A directory that cannot be opened lands here, before preVisitDirectory.
                        String path = relative.of(file);
                        String shown = join(shownAs, path);
                        if (failure instanceof NoSuchFileException || isGitDirectory(file)) {
                            return FileVisitResult.CONTINUE; // vanished, or none of our business
                        }
                        boolean directory = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
                        try {
                            boolean wanted = path.isEmpty() || !ignores.isIgnored(join(ignoredAs, path), directory)
                                    && (directory ? selection.entersDirectory(shown) : selection.includesFile(shown));
                            if (wanted) {
                                found.unreadable(shown, failure);
                            }
                        } catch (InvalidPathException e) {
                            found.unspellable(shown);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path entry, IOException failure) {
                        if (failure != null) {
                            found.unreadable(join(shownAs, relative.of(entry)), failure);
                        }
                        ignores.leave();
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    private static String join(String shownAs, String path) {
        return shownAs.isEmpty() ? path : path.isEmpty() ? shownAs : shownAs + "/" + path;
    }

    /** {@code .git}: a repository's directory, or the file that points to one; never project content. */
    private static boolean isGitDirectory(Path entry) {
        Path name = entry.getFileName();
        return name != null && name.toString().equals(GIT_DIRECTORY);
    }

    /**
     * Paths relative to the root, by cutting the root off the entry's text: the walk builds every
     * entry by resolving names against the root, and {@link Path#relativize} costs a seventh of a
     * listing of 20,000 files. A path whose text may not be its name (see {@link NativeNames}) is
     * spelled out from the bytes of each of its names.
     */
    private static final class RelativePaths {
        private final Path root;
        private final int rootLength;
        private final String separator;

        RelativePaths(Path root) {
            this.root = root;
            String text = root.toString();
            this.separator = root.getFileSystem().getSeparator();
            this.rootLength = text.endsWith(separator) ? text.length() : text.length() + separator.length();
        }

        String of(Path entry) {
            String text = entry.toString();
            if (text.length() <= rootLength) {
                return ""; // the root itself
            }
            String path = text.substring(rootLength);
            if (!NativeNames.isPlain(path)) {
                path = shownFromBytes(root.relativize(entry));
            } else if (!separator.equals("/")) {
                path = path.replace(separator, "/");
            }
            return path;
        }

        private static String shownFromBytes(Path relative) {
            StringBuilder shown = new StringBuilder();
            for (Path name : relative) {
                if (shown.length() > 0) {
                    shown.append('/');
                }
                shown.append(NativeNames.shownName(name));
            }
            return shown.toString();
        }
    }

    static String relative(Path root, Path entry) {
        return root.relativize(entry).toString().replace(entry.getFileSystem().getSeparator(), "/");
    }
}
