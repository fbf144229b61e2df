package dev.mistralready.checks.credentials;

import static dev.mistralready.http.Leaks.assertNoneInAnyReport;
import static dev.mistralready.http.Leaks.redactedEcho;
import static dev.mistralready.http.Loopback.json;
import static dev.mistralready.http.Loopback.onlyFinding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Outcome;
import dev.mistralready.check.Secret;
import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.http.Encodings;
import dev.mistralready.mistral.MistralEndpoint;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An API (or a proxy in front of it) that echoes the key escaped or encoded gets no form of it into any report. */
class CredentialProbeEchoTest {

    private static final String KEY = new Keys(44).mistral();

    private final CredentialProbeCheck check = new CredentialProbeCheck();
    private MockWebServer server;
    private String api;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        api = "http://127.0.0.1:" + server.getPort();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    static Stream<Arguments> echoes() {
        return Encodings.echoesOf(KEY).entrySet().stream().map(echo -> Arguments.of(echo.getKey(), echo.getValue()));
    }

    private Outcome probe() {
        return check.run(CredentialProbeOptions.defaults().withBaseUrl(MistralEndpoint.parse(api)),
                ProbeContexts.with(Map.of("MISTRAL_API_KEY", KEY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoes")
    void theKeyEchoedInTheErrorMessageAndARateLimitHeaderIsShownRedacted(String form, String echo) throws IOException {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .addHeader("x-ratelimit-echo", echo)
                .body("{\"object\":\"error\",\"message\":\"Invalid API key: " + echo + "\",\"code\":\"1001\"}").build());

        Outcome outcome = probe();

        assertThat(outcome.summary()).matches("authentication failed \\(401 from \\Q" + api + "\\E in [0-9.]+m?s\\); "
                + "rate limits: x-ratelimit-echo " + redactedEcho(KEY));
        assertThat(onlyFinding(outcome).message()).matches(Pattern.quote("the API rejected the key in MISTRAL_API_KEY ("
                + Secret.redact(KEY) + ") with 401 Unauthorized: \"Invalid API key: ") + redactedEcho(KEY) + "\"");
        assertNoneInAnyReport("credential-probe", outcome, KEY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoes")
    void theKeyEchoedInTheDetailOfA422IsShownRedacted(String form, String echo) throws IOException {
        server.enqueue(json(422, "{\"detail\":[{\"loc\":[\"header\",\"" + echo + "\"],\"msg\":\"bad " + echo + "\"}]}"));

        Outcome outcome = probe();

        assertThat(onlyFinding(outcome).message()).matches(Pattern.quote(api + " answered 422 Unprocessable Entity: \"header.")
                + redactedEcho(KEY) + ": bad " + redactedEcho(KEY) + "\"");
        assertNoneInAnyReport("credential-probe", outcome, KEY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoes")
    void theKeyEchoedInARedirectsLocationIsShownRedacted(String form, String echo) throws IOException {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "https://elsewhere.example/login?key="
                + echo).build());

        Outcome outcome = probe();

        assertThat(onlyFinding(outcome).message()).matches(Pattern.quote(api + " answered 302 Found with a redirect to "
                + "https://elsewhere.example/login?key=") + redactedEcho(KEY) + Pattern.quote("; it was not followed, so "
                + "the key went nowhere else"));
        assertNoneInAnyReport("credential-probe", outcome, KEY);
    }
}
