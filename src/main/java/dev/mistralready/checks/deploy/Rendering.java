package dev.mistralready.checks.deploy;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import java.util.Optional;

/**
 * Where a finding on a rendered object belongs. The line of a node in {@code helm template}'s output is
 * not a line of the template, which has conditionals, includes and loops; so the finding sits on line 1
 * of the template file and its message names the line of the output: a reader looking at the template
 * is never sent to a wrong line.
 */
final class Rendering {

    private Rendering() {
    }

    /** The finding on an object rendered from {@code source}, moved to line 1 of its file and saying where it was. */
    static Finding of(Finding finding, KubeObject object) {
        if (object.rendered().isEmpty() || finding.location().isEmpty()
                || !finding.location().get().file().equals(object.file())) {
            return finding;
        }
        return onTemplate(finding, object.rendered().get(), finding.location().get().line());
    }

    static Finding onTemplate(Finding finding, String source, int renderedLine) {
        String file = finding.location().map(Location::file).orElse("");
        String note = " (rendered by `helm template`: line " + renderedLine + " of " + source + ")";
        return new Finding(finding.ruleId(), finding.severity(), finding.message() + note,
                Optional.of(Location.of(file, 1)), finding.fix(), finding.fingerprint());
    }
}
