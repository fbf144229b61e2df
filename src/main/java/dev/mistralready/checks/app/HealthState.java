package dev.mistralready.checks.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The app's verdict on itself, in the production checklist's words ({@code healthy}, {@code degraded},
 * {@code unhealthy}) or in those of common health formats: Spring Boot's actuator ({@code UP},
 * {@code DOWN}, {@code OUT_OF_SERVICE}), the IETF health check draft ({@code pass}, {@code warn},
 * {@code fail}), and {@code ok} / {@code error}. Compared without case.
 */
enum HealthState {
    HEALTHY(List.of("healthy", "ok", "up", "pass")),
    DEGRADED(List.of("degraded", "warn")),
    UNHEALTHY(List.of("unhealthy", "down", "fail", "error", "out_of_service"));

    /** For messages: what a status may be. */
    static final String DESCRIBED = "\"healthy\", \"degraded\" or \"unhealthy\" (or ok, up, pass; warn; down, fail, "
            + "error, out_of_service)";

    private final List<String> words;

    HealthState(List<String> words) {
        this.words = words;
    }

    /** {@code healthy}: the checklist's word, as summaries say it. */
    String word() {
        return words.get(0);
    }

    static Optional<HealthState> of(String written) {
        String word = written.trim().toLowerCase(Locale.ROOT);
        for (HealthState state : values()) {
            if (state.words.contains(word)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
