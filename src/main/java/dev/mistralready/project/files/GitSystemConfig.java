package dev.mistralready.project.files;

import java.io.File;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Tells JGit where git's system-wide config file is, so that it does not ask git. To find it JGit
 * runs {@code git --version} and {@code git config --system --show-origin --list}: two processes,
 * 0.1 to 0.3 s, before the first file of a repository can be listed. On Unix-like systems the file is
 * {@code $GIT_CONFIG_SYSTEM} or else {@code /etc/gitconfig} (a git built with another prefix, such as
 * Homebrew's, keeps it elsewhere, and its settings are then not read; they rarely touch what is
 * listed). On Windows, where it lives in git's install directory, JGit still asks git.
 * {@code GIT_CONFIG_NOSYSTEM} is honoured by JGit either way.
 */
public final class GitSystemConfig {

    static final String DEFAULT_PLACE = "/etc/gitconfig";

    private GitSystemConfig() {
    }

    /** Once per process, before JGit first reads a repository's config. */
    public static void tellJGit() {
        if (!SystemReader.getInstance().isWindows()) {
            FS.DETECTED.setGitSystemConfig(new File(place(System.getenv("GIT_CONFIG_SYSTEM"))));
        }
    }

    static String place(String gitConfigSystem) {
        return gitConfigSystem == null || gitConfigSystem.isBlank() ? DEFAULT_PLACE : gitConfigSystem;
    }
}
