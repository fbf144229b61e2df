package dev.mistralready.checks.deploy;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Severity;
import dev.mistralready.project.config.YamlDocuments;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-workload suppression {@code mistral-ready.dev/ignore: "MR-K8S-010: staging runs one pod"}:
 * one entry per line or separated by {@code ;}, each a rule id and the reason, which is required.
 */
record IgnoreAnnotation(Set<String> ignored, List<Finding> problems) {

    static final String NAME = "mistral-ready.dev/ignore";
    static final String MALFORMED = "MR-K8S-014";

    private static final Pattern ENTRY = Pattern.compile("\\s*(MR-[A-Z0-9]+-\\d{3})\\s*(?::\\s*(.*))?", Pattern.DOTALL);

    IgnoreAnnotation {
        ignored = Set.copyOf(ignored);
        problems = List.copyOf(problems);
    }

    static IgnoreAnnotation of(KubeObject object) {
        String text = object.root().path("metadata").path("annotations").path(NAME).asText("");
        Set<String> ignored = new HashSet<>();
        List<Finding> problems = new ArrayList<>();
        String pointer = YamlDocuments.child("/metadata/annotations", NAME);
        for (String entry : text.split("[;\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher matcher = ENTRY.matcher(entry);
            if (matcher.matches() && matcher.group(2) != null && !matcher.group(2).isBlank()) {
                ignored.add(matcher.group(1));
            } else {
                String message = matcher.matches()
                        ? "`" + NAME + "` ignores " + matcher.group(1) + " without a reason, so it is not ignored"
                        : "`" + NAME + "` entry `" + entry.strip() + "` is not `<rule-id>: <reason>`";
                problems.add(Finding.of(MALFORMED, Severity.WARNING, object.shownAs() + ": " + message,
                                "Write each entry as `<rule-id>: <reason>`, e.g. `MR-K8S-010: staging runs one pod`.")
                        .at(object.at(pointer)));
            }
        }
        return new IgnoreAnnotation(ignored, problems);
    }

    boolean ignores(Finding finding) {
        return ignored.contains(finding.ruleId());
    }
}
