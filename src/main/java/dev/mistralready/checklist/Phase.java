package dev.mistralready.checklist;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * When in a release a gate runs: before the deploy (the default: code, credentials, manifests), during
 * the canary (the app's health watched over time), or after it (smoke test, error rate in monitoring).
 * {@code check --phase NAME} runs one phase's gates.
 */
public enum Phase {
    PRE_DEPLOY("pre-deploy"),
    CANARY("canary"),
    POST_DEPLOY("post-deploy");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Phase> named(String name) {
        return Arrays.stream(values()).filter(phase -> phase.label.equals(name)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Phase::label).toList();
    }
}
