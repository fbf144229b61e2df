package dev.mistralready.checks.secrets;

import dev.mistralready.project.files.FileSelection;
import dev.mistralready.project.files.SelectionRules;

/**
 * Which paths of a repository's history the scan reads: those under the project root (a
 * subdirectory of the work tree, or the whole of it) that the gate's {@code paths} and
 * {@code exclude} select. The decisions are the file listing's own ({@link SelectionRules}): a
 * directory is entered or not, and a file in an entered directory is included or not, so history
 * and tree scans agree on what belongs to the project.
 */
final class HistoryPaths {

    /** The project root's path in the repository, {@code ""} when it is the top of the work tree. */
    private final String prefix;
    private final SelectionRules rules;
    private final boolean everything;

    HistoryPaths(String prefix, FileSelection selection) {
        this.prefix = prefix;
        this.rules = SelectionRules.of(selection);
        this.everything = prefix.isEmpty() && selection.equals(FileSelection.ALL);
    }

    /** Whether every path of the repository is read: no walk needs to ask. */
    boolean everything() {
        return everything;
    }

    /** Whether the walk descends into this directory (a repository path, forward slashes). */
    boolean entersDirectory(String repositoryPath) {
        if (everything) {
            return true;
        }
        if (prefix.isEmpty()) {
            return rules.entersDirectory(repositoryPath);
        }
        if (prefix.equals(repositoryPath) || prefix.startsWith(repositoryPath + "/")) {
            return true; // the project root, or a directory on the way to it
        }
        return isUnderPrefix(repositoryPath) && rules.entersDirectory(projectPath(repositoryPath));
    }

    /** Whether this file, in a directory the walk entered, is scanned. */
    boolean includesFile(String repositoryPath) {
        if (everything) {
            return true;
        }
        return isUnderPrefix(repositoryPath) && rules.includesFile(projectPath(repositoryPath));
    }

    /** The path relative to the project root of a repository path under it. */
    String projectPath(String repositoryPath) {
        return prefix.isEmpty() ? repositoryPath : repositoryPath.substring(prefix.length() + 1);
    }

    private boolean isUnderPrefix(String repositoryPath) {
        return prefix.isEmpty() || repositoryPath.startsWith(prefix) && repositoryPath.length() > prefix.length()
                && repositoryPath.charAt(prefix.length()) == '/';
    }
}
