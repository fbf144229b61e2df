package dev.mistralready.checks.models;

import dev.mistralready.check.Location;
import java.util.Objects;

/**
 * The per-call timeout and retries of one official-SDK chat call: the second argument of
 * {@code chat.complete(request, { timeoutMs, retries })} in TS/JS, the {@code timeout_ms=} and
 * {@code retries=} keyword arguments in Python. They override the client's settings for that call.
 */
record CallSettings(Location at, Parameter timeout, Parameter retries) {

    CallSettings {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retries, "retries");
    }
}
