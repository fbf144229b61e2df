package dev.mistralready.check;

/**
 * Which of the project's files a run reads. A check that reads files and honours a narrower scope
 * says so with {@link Check#honoursStagedScope()}; under {@link #STAGED} only such checks run.
 */
public enum FileScope {
    /** Every file of the project: git's tracked and untracked-not-ignored files, or a directory walk outside git. */
    PROJECT,
    /**
     * Only what {@code git add} staged (the index entries that differ from HEAD), read from the index:
     * what the next commit will hold, as a pre-commit hook sees it.
     */
    STAGED
}
