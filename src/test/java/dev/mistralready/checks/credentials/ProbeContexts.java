package dev.mistralready.checks.credentials;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Network;
import dev.mistralready.check.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import okhttp3.OkHttpClient;

/** Check contexts for probe tests: an environment with just the variables a test sets, and a real client. */
final class ProbeContexts {

    /** One client for all probe tests, as one run shares one; each probe derives its own settings from it. */
    static final OkHttpClient CLIENT = new OkHttpClient();

    private ProbeContexts() {
    }

    static CheckContext with(Map<String, String> environment) {
        return with(environment, CLIENT, new Cancellation());
    }

    static CheckContext with(Map<String, String> environment, OkHttpClient client, Cancellation cancellation) {
        return new CheckContext(Path.of("."), environment, Clock.systemUTC(), cancellation, Progress.NONE,
                Network.using(client));
    }
}
