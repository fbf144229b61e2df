package dev.mistralready.checks.models;

import static dev.mistralready.http.Leaks.assertNoneInAnyReport;
import static dev.mistralready.http.Leaks.redactedEcho;
import static dev.mistralready.http.Loopback.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Network;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.http.Encodings;
import dev.mistralready.mistral.MistralEndpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The live model list's reason for not being used never shows the key, whatever form the API echoed it in. */
class LiveModelEchoTest {

    private static final OkHttpClient CLIENT = new OkHttpClient();
    private static final String KEY = new Keys(14).mistral();

    private MockWebServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    static Stream<Arguments> echoes() {
        return Encodings.echoesOf(KEY).entrySet().stream().map(echo -> Arguments.of(echo.getKey(), echo.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoes")
    void theKeyEchoedInA401IsShownRedactedInTheDetails(String form, String echo) throws Exception {
        server.enqueue(json(401, "{\"message\": \"Unauthorized: " + echo + "\"}"));
        Path project = Path.of(LiveModelEchoTest.class.getResource("/fixtures/models/live").toURI());
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ModelConfigOptions options = ModelConfigOptions.defaults()
                .withLiveModels("MISTRAL_API_KEY", MistralEndpoint.parse("http://127.0.0.1:" + server.getPort()));

        Outcome outcome = new ModelConfigCheck().run(options, new CheckContext(project, Map.of("MISTRAL_API_KEY", KEY),
                clock, new Cancellation(), Progress.NONE, Network.using(CLIENT)));

        assertThat(outcome.details()).containsPattern(Pattern.quote("live model list not used (GET http://127.0.0.1:"
                + server.getPort() + "/v1/models answered 401: Unauthorized: ") + redactedEcho(KEY) + Pattern.quote(
                "): models checked against the bundled catalogue of " + ModelCatalogue.bundled().date() + " alone"));
        assertNoneInAnyReport("model-config", outcome, KEY);
    }
}
