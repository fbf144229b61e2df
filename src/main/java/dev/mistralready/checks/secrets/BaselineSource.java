package dev.mistralready.checks.secrets;

import dev.mistralready.check.Baseline;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Severity;
import dev.mistralready.project.files.ContainedFile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the baseline a scan applies: the file the {@code baseline} option names, or else
 * {@value Baseline#DEFAULT_FILE} in the project when it exists. A named file that is missing is a
 * warning, not an error, so that {@code mistral-ready baseline} can still run the gate to create it;
 * until then every finding is reported.
 */
record BaselineSource(Baseline baseline, String shownAs, Optional<Finding> problem) {

    static final String MISSING_RULE = "MR-SEC-090";

    /** A baseline is a list of fingerprints, about 150 bytes each: this holds over 100,000. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    static BaselineSource resolve(Path root, Optional<String> option) throws Baseline.Unusable {
        String name = option.orElse(Baseline.DEFAULT_FILE);
        Optional<byte[]> bytes;
        try {
            bytes = ContainedFile.readInside(root, root.resolve(name), name, MAX_BYTES);
        } catch (ContainedFile.Refused e) {
            throw new Baseline.Unusable("baseline file " + e.getMessage());
        }
        if (bytes.isEmpty()) {
            Optional<Finding> problem = option.map(named -> Finding.of(MISSING_RULE, Severity.WARNING,
                    "baseline file " + named + " does not exist, so no finding is suppressed",
                    "Run `mistral-ready baseline` to create it, or correct the `baseline` path."));
            return new BaselineSource(Baseline.empty(), name, problem);
        }
        return new BaselineSource(Baseline.parse(bytes.get(), name), name, Optional.empty());
    }
}
