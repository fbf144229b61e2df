package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import dev.mistralready.project.config.YamlDocuments;
import dev.mistralready.project.config.YamlProblem;
import java.util.Optional;

/**
 * Manifests the gate cannot judge because they are not YAML objects: a file that stops parsing, or a
 * document that is plain text. {@code kubectl apply} rejects both, so each is an error at its place, said
 * in the parser's words and never quoting the file, which may hold a key.
 */
final class ManifestProblems {

    static final String NOT_YAML = "MR-K8S-016";

    private ManifestProblems() {
    }

    static Finding invalid(String file, YamlProblem problem) {
        return Finding.of(NOT_YAML, Severity.ERROR,
                        "not valid YAML at line " + problem.line() + ", column " + problem.column() + ": " + problem.problem()
                                + "; nothing from there on was checked",
                        "Fix the YAML there (`kubectl apply --dry-run=client -f " + file + "` reports the same), or move "
                                + "the file out of the gate's `paths`.")
                .at(new Location(file, problem.line(), problem.column()))
                .withFingerprint(NOT_YAML + ":" + file);
    }

    /** A document that is a string or a number: text in a {@code .yaml} file, which is no Kubernetes object. */
    static Optional<Finding> notYaml(String file, YamlDocuments.Document document) {
        JsonNode root = document.root();
        if (root.isContainerNode() || root.isNull() || root.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(NOT_YAML, Severity.ERROR,
                        "document " + (document.index() + 1) + " is plain text, not a YAML mapping, so it is no Kubernetes "
                                + "object and `kubectl apply` rejects it",
                        "Write the manifest as YAML (`apiVersion:`, `kind:`, `metadata:`), or move the file out of the "
                                + "gate's `paths`.")
                .at(new Location(file, document.line(""), document.column("")))
                .withFingerprint(NOT_YAML + ":" + file + ":" + document.index()));
    }
}
