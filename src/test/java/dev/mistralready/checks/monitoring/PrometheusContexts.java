package dev.mistralready.checks.monitoring;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Network;
import dev.mistralready.check.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import okhttp3.OkHttpClient;

/** Contexts for the gate's tests: a fixed clock, only the variables a test sets, a real client. */
final class PrometheusContexts {

    static final OkHttpClient CLIENT = new OkHttpClient();
    static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

    private PrometheusContexts() {
    }

    static CheckContext with(Map<String, String> environment) {
        return new CheckContext(Path.of("."), environment, Clock.fixed(NOW, ZoneOffset.UTC), new Cancellation(),
                Progress.NONE, Network.using(CLIENT));
    }
}
