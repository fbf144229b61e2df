package dev.mistralready.cli;

import dev.mistralready.engine.PlannedGate;
import dev.mistralready.project.files.FileSelection;
import dev.mistralready.project.files.IoReason;
import dev.mistralready.project.files.StagedFiles;
import dev.mistralready.project.files.StagedListing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code check --staged} runs, as a pre-commit hook: only the gates whose check can scan the
 * staged files alone (the secret gates), on a project inside a git work tree. The header says so,
 * with how many files are staged, so a pass never reads as a scan of the whole project.
 *
 * @param gates        the selected gates that honour the staged scope, in checklist order
 * @param stagedFiles  how many files are staged under DIR
 */
record StagedSelection(List<PlannedGate> gates, int stagedFiles) {

    StagedSelection {
        gates = List.copyOf(gates);
    }

    /**
     * @throws UsageException outside a git work tree (there is no index), or when none of the selected
     *                        gates can run on the staged files
     */
    static StagedSelection of(Path root, List<PlannedGate> selected, String checklistName, Optional<String> gitIndexFile)
            throws UsageException {
        int staged = stagedCount(root, gitIndexFile);
        List<PlannedGate> gates = selected.stream().filter(gate -> gate.check().honoursStagedScope()).toList();
        if (gates.isEmpty()) {
            throw new UsageException("--staged runs only the secret gates (type secret-scan), and " + checklistName
                    + " selects none" + (selected.isEmpty() ? "" : " among " + String.join(", ",
                    selected.stream().map(PlannedGate::id).toList())));
        }
        return new StagedSelection(gates, staged);
    }

    private static int stagedCount(Path root, Optional<String> gitIndexFile) throws UsageException {
        try (StagedListing listing = StagedFiles.list(root, FileSelection.ALL, gitIndexFile)) {
            return listing.stagedCount();
        } catch (StagedFiles.Unavailable e) {
            throw new UsageException("--staged scans what `git add` staged, but " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("--staged: cannot read " + root + ": " + IoReason.of(e));
        }
    }

    /** The header's line: {@code --staged: only the secret gates, on the 3 staged files}. */
    String headerLine() {
        if (stagedFiles == 0) {
            return "--staged: only the secret gates, and nothing is staged";
        }
        return "--staged: only the secret gates, on the " + (stagedFiles == 1 ? "1 staged file" : stagedFiles + " staged files");
    }
}
