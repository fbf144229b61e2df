package dev.mistralready.checks.models;

import dev.mistralready.check.Location;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-call timeout and retries of one official-SDK chat call: the second argument of
 * {@code chat.complete(request, { timeoutMs, retries })} in TS/JS, the {@code timeout_ms=} and
 * {@code retries=} keyword arguments in Python. They override the client's settings for that call.
 *
 * @param receiver the name the call is made on ({@code client} of {@code self.client.chat.complete}),
 *                 to tell which client of the file it uses
 */
record CallSettings(Location at, Parameter timeout, Parameter retries, Optional<String> receiver) {

    CallSettings(Location at, Parameter timeout, Parameter retries) {
        this(at, timeout, retries, Optional.empty());
    }

    CallSettings {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(receiver, "receiver");
    }
}
