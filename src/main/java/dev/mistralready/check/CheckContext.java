package dev.mistralready.check;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a check may use: the project root, the environment (a map, so tests inject it), a clock,
 * the cancellation signal of its gate, a progress sink and the network (a shared HTTP client).
 */
public record CheckContext(Path projectRoot, Map<String, String> environment, Clock clock,
                           Cancellation cancellation, Progress progress, Network network) {

    public CheckContext {
        Objects.requireNonNull(projectRoot, "projectRoot");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(cancellation, "cancellation");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(network, "network");
    }

    /** A context without the network, for checks that work on the project alone. */
    public CheckContext(Path projectRoot, Map<String, String> environment, Clock clock, Cancellation cancellation,
                        Progress progress) {
        this(projectRoot, environment, clock, cancellation, progress, Network.offline());
    }
}
