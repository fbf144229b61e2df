package dev.mistralready.check;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a check may use: the project root, the environment (a map, so tests inject it), a clock,
 * the cancellation signal of its gate, a progress sink, the network (a shared HTTP client) and the
 * scope of files the run reads ({@link FileScope#PROJECT} unless {@code check --staged}).
 */
public record CheckContext(Path projectRoot, Map<String, String> environment, Clock clock,
                           Cancellation cancellation, Progress progress, Network network, FileScope fileScope) {

    public CheckContext {
        Objects.requireNonNull(projectRoot, "projectRoot");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(cancellation, "cancellation");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(fileScope, "fileScope");
    }

    /** A context that reads every file of the project. */
    public CheckContext(Path projectRoot, Map<String, String> environment, Clock clock, Cancellation cancellation,
                        Progress progress, Network network) {
        this(projectRoot, environment, clock, cancellation, progress, network, FileScope.PROJECT);
    }

    /** The same context reading only these files. */
    public CheckContext withFileScope(FileScope scope) {
        return new CheckContext(projectRoot, environment, clock, cancellation, progress, network, scope);
    }

    /** A context without the network, for checks that work on the project alone. */
    public CheckContext(Path projectRoot, Map<String, String> environment, Clock clock, Cancellation cancellation,
                        Progress progress) {
        this(projectRoot, environment, clock, cancellation, progress, Network.offline());
    }
}
