package dev.mistralready.checks.deploy;

import dev.mistralready.check.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The findings on workloads, with the same finding from several kustomize overlays (a base line
 * every overlay keeps) reported once, naming the overlays it is in.
 */
final class OverlayFindings {

    private record Key(String ruleId, String message, Optional<?> location) {
    }

    private final Map<Key, Finding> findings = new LinkedHashMap<>();
    private final Map<Key, Set<String>> overlays = new LinkedHashMap<>();

    void add(KubeObject object, Finding finding) {
        Key key = new Key(finding.ruleId(), finding.message(), finding.location());
        findings.putIfAbsent(key, finding);
        Set<String> in = overlays.computeIfAbsent(key, ignored -> new LinkedHashSet<>());
        if (!object.overlay().isEmpty()) {
            in.add(object.overlay());
        }
    }

    List<Finding> findings() {
        List<Finding> merged = new ArrayList<>();
        findings.forEach((key, finding) -> {
            Set<String> in = overlays.get(key);
            if (in.isEmpty()) {
                merged.add(finding);
            } else {
                String where = " (kustomize overlay" + (in.size() == 1 ? " " : "s ") + String.join(", ", in) + ")";
                merged.add(new Finding(finding.ruleId(), finding.severity(), finding.message() + where,
                        finding.location(), finding.fix(), finding.fingerprint()));
            }
        });
        return merged;
    }
}
