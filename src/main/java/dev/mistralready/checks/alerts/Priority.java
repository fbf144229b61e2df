package dev.mistralready.checks.alerts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The checklist's P1/P2/P3, and the {@code severity} label values that mean each. P1 pages someone
 * now; P2 needs attention within working hours; P3 is a ticket. A rule ranked lower than the checklist
 * asks warns; ranked higher is the team's choice.
 */
enum Priority {
    P1(Set.of("p1", "critical", "page", "sev1", "s1", "emergency", "fatal")),
    P2(Set.of("p2", "warning", "high", "sev2", "s2", "error", "major", "warn")),
    P3(Set.of("p3", "info", "low", "sev3", "s3", "minor", "notice", "ticket", "medium", "moderate"));

    private final Set<String> words;

    Priority(Set<String> words) {
        this.words = words;
    }

    /** The priority a {@code severity} label value means, if it is one of the known words. */
    static Optional<Priority> of(String severity) {
        String word = severity.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(priority -> priority.words.contains(word)).findFirst();
    }

    /** Whether an alert at this priority reaches people later than {@code wanted} asks. */
    boolean lowerThan(Priority wanted) {
        return ordinal() > wanted.ordinal();
    }

    /** {@code P1 (critical)}: the label values we suggest. */
    String suggestion() {
        return switch (this) {
            case P1 -> "critical";
            case P2 -> "warning";
            case P3 -> "info";
        };
    }
}
