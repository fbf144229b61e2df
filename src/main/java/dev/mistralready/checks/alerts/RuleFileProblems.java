package dev.mistralready.checks.alerts;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import dev.mistralready.project.config.YamlDocuments;
import dev.mistralready.project.config.YamlProblem;
import java.util.Optional;

/**
 * Files under the gate's paths that Prometheus could not load as rules: not valid YAML, or plain text.
 * An alert in such a file never fires, so each is an error at its place, said in the parser's words and
 * never quoting the file.
 */
final class RuleFileProblems {

    static final String NOT_YAML = "MR-ALR-020";

    private RuleFileProblems() {
    }

    static Finding invalid(String file, YamlProblem problem) {
        return Finding.of(NOT_YAML, Severity.ERROR,
                        "not valid YAML at line " + problem.line() + ", column " + problem.column() + ": " + problem.problem()
                                + "; no alert from there on was read",
                        "Fix the YAML there (`promtool check rules " + file + "` reports it too), or move the file out of "
                                + "the gate's `paths`.")
                .at(new Location(file, problem.line(), problem.column()))
                .withFingerprint(NOT_YAML + ":" + file);
    }

    static Optional<Finding> notYaml(String file, YamlDocuments.Document document) {
        if (document.root().isContainerNode() || document.root().isNull() || document.root().isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(NOT_YAML, Severity.ERROR,
                        "document " + (document.index() + 1) + " is plain text, not YAML rule groups",
                        "Write the rules as YAML (`groups:` of `rules:`), or move the file out of the gate's `paths`.")
                .at(new Location(file, document.line(""), document.column("")))
                .withFingerprint(NOT_YAML + ":" + file + ":" + document.index()));
    }
}
