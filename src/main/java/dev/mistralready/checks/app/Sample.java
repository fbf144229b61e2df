package dev.mistralready.checks.app;

import dev.mistralready.check.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One sample of a watch: the outcome the gate's single request (or, for the smoke test, its pair of
 * requests) comes to, classified exactly as without a watch, how long its requests took, and the
 * details lines naming what was sent.
 */
record Sample(Outcome outcome, Duration latency, List<String> requests) {

    Sample {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(latency, "latency");
        requests = List.copyOf(requests);
    }
}
