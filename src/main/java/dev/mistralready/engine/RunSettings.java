package dev.mistralready.engine;

import dev.mistralready.check.FileScope;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What one run needs besides the gates.
 *
 * @param checklistShownAs how reports name the checklist, and the file that findings without a location point to
 * @param jobs             how many gates may run at once
 * @param verbose          whether a crashing check's stack trace goes into its outcome details
 * @param offline          whether gates that need the network are skipped instead of run
 * @param fileScope        which files the gates read: every file of the project, or only the staged ones
 */
public record RunSettings(Path projectRoot, Map<String, String> environment, String checklistShownAs,
                          int jobs, boolean verbose, boolean offline, FileScope fileScope) {

    public RunSettings {
        Objects.requireNonNull(projectRoot, "projectRoot");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(checklistShownAs, "checklistShownAs");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be 1 or more, was " + jobs);
        }
        Objects.requireNonNull(fileScope, "fileScope");
    }

    /** Settings for a run that reads every file of the project. */
    public RunSettings(Path projectRoot, Map<String, String> environment, String checklistShownAs, int jobs,
                       boolean verbose, boolean offline) {
        this(projectRoot, environment, checklistShownAs, jobs, verbose, offline, FileScope.PROJECT);
    }

    /** Settings for a run that may use the network. */
    public RunSettings(Path projectRoot, Map<String, String> environment, String checklistShownAs, int jobs,
                       boolean verbose) {
        this(projectRoot, environment, checklistShownAs, jobs, verbose, false);
    }
}
