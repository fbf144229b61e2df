package dev.mistralready.checks.app;

import dev.mistralready.check.Outcome;
import java.time.Duration;

/** What one of the smoke test's requests came to: the model's text, or the outcome that fails the gate. */
sealed interface SmokeAnswer {

    /**
     * The model's text, scrubbed of the request's secrets.
     *
     * @param streamed whether it came as a stream of server-sent events
     */
    record Text(String text, int code, Duration latency, boolean streamed) implements SmokeAnswer {
    }

    record Failed(Outcome outcome) implements SmokeAnswer {
    }
}
