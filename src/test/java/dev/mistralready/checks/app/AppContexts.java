package dev.mistralready.checks.app;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Network;
import dev.mistralready.check.Progress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/** Check contexts for the app gates' tests: an environment with just the variables a test sets, and a real client. */
final class AppContexts {

    /** One client for all tests, as one run shares one; each gate derives its own settings from it. */
    static final OkHttpClient CLIENT = new OkHttpClient();

    private AppContexts() {
    }

    static CheckContext with(Map<String, String> environment) {
        return with(environment, CLIENT);
    }

    static CheckContext with(Map<String, String> environment, OkHttpClient client) {
        return new CheckContext(Path.of("."), environment, Clock.systemUTC(), new Cancellation(), Progress.NONE,
                Network.using(client));
    }

    /** A client that records each host it is asked to look up, and finds none. */
    static OkHttpClient recordingLookups(List<String> lookups) {
        return CLIENT.newBuilder().dns(host -> {
            lookups.add(host);
            throw new UnknownHostException(host);
        }).build();
    }

    static CheckContext empty() {
        return with(Map.of());
    }
}
