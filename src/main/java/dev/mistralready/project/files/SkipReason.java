package dev.mistralready.project.files;

/** Why a file of the project was not read. */
public enum SkipReason {
    /** A symbolic link: never followed, so a link pointing out of the project is never read. */
    SYMLINK,
    /** Larger than the size limit of the reader. */
    TOO_LARGE,
    /** Binary content (a NUL byte near the start, as git decides). */
    BINARY,
    /** Could not be read: permission denied, vanished, not a file. */
    UNREADABLE
}
