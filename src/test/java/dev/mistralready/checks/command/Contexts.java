package dev.mistralready.checks.command;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Check contexts for tests: a real project directory and an environment with just PATH plus what a test adds. */
final class Contexts {

    private Contexts() {
    }

    static CheckContext in(Path projectRoot) {
        return in(projectRoot, Map.of(), new Cancellation(), Progress.NONE);
    }

    static CheckContext in(Path projectRoot, Map<String, String> extraEnvironment) {
        return in(projectRoot, extraEnvironment, new Cancellation(), Progress.NONE);
    }

    static CheckContext in(Path projectRoot, Map<String, String> extraEnvironment, Cancellation cancellation, Progress progress) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.putAll(extraEnvironment);
        return new CheckContext(projectRoot, environment, Clock.systemUTC(), cancellation, progress);
    }
}
