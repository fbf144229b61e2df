package dev.mistralready.checks.models;

import static dev.mistralready.http.Loopback.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Network;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Secret;
import dev.mistralready.check.Status;
import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.mistral.MistralEndpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key's live model list (MR-MOD-013) from a MockWebServer on loopback, and the catalogue when it is not there. */
class LiveModelListTest {

    /** The key sees Large 3 and a model newer than the catalogue, not Medium 3.5 nor the misspelt id. */
    private static final String MODELS = """
            {"object": "list", "data": [
              {"id": "mistral-large-2512", "object": "model", "aliases": ["mistral-large-latest"]},
              {"id": "mistral-large-latest", "object": "model", "aliases": ["mistral-large-2512"]},
              {"id": "mistral-large-2611", "object": "model", "aliases": []}
            ]}""";

    private static final OkHttpClient CLIENT = new OkHttpClient();

    private final String key = new Keys(13).mistral();
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

    private Outcome check(Map<String, String> environment, Network network) throws Exception {
        Path project = Path.of(LiveModelListTest.class.getResource("/fixtures/models/live").toURI());
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ModelConfigOptions options = ModelConfigOptions.defaults()
                .withLiveModels("MISTRAL_API_KEY", MistralEndpoint.parse("http://127.0.0.1:" + server.getPort()));
        return new ModelConfigCheck().run(options,
                new CheckContext(project, environment, clock, new Cancellation(), Progress.NONE, network));
    }

    private Outcome checkWithKey() throws Exception {
        return check(Map.of("MISTRAL_API_KEY", key), Network.using(CLIENT));
    }

    private static List<Tuple> rulesAndPlaces(Outcome outcome) {
        return outcome.findings().stream().map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow())).toList();
    }

    private void assertKeyNowhereIn(Outcome outcome) {
        assertThat(outcome.summary() + outcome.details()).doesNotContain(key);
        for (Finding finding : outcome.findings()) {
            assertThat(finding.message() + finding.fix()).doesNotContain(key);
        }
    }

    @Test
    void aModelTheKeyCannotSeeIsAnErrorAndOneItListsIsNotUnknown() throws Exception {
        server.enqueue(json(200, MODELS));

        Outcome outcome = checkWithKey();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // in the catalogue, not in this key's list
                tuple("MR-MOD-013", new Location("src/models.ts", 6, 59)),
                // mistral-large-2611 (line 7) is newer than the catalogue, but the key lists it: not reported
                // in neither
                tuple("MR-MOD-013", new Location("src/models.ts", 8, 57)));
        assertThat(outcome.findings().get(0).message()).isEqualTo("`mistral-medium-3-5` is not in the key's model list "
                + "(`GET /v1/models`) (the catalogue knows it as `mistral-medium-3-5` (Mistral Medium 3.5): this key's "
                + "workspace or tier may not include it): requests with it fail");
        assertThat(outcome.details()).contains("live model list: GET http://127.0.0.1:" + server.getPort()
                + "/v1/models with MISTRAL_API_KEY lists 3 model ids and aliases");
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/models");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + key);
        assertKeyNowhereIn(outcome);
    }

    @Test
    void whenTheApiIsDownTheCatalogueDecidesAndTheDetailsSaySo() throws Exception {
        server.enqueue(json(503, "{\"message\": \"Service unavailable\"}"));

        Outcome outcome = checkWithKey();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                tuple("MR-MOD-005", new Location("src/models.ts", 7, 58)),
                tuple("MR-MOD-005", new Location("src/models.ts", 8, 57)));
        assertThat(outcome.details()).contains("live model list not used (GET http://127.0.0.1:" + server.getPort()
                + "/v1/models answered 503: Service unavailable): models checked against the bundled catalogue of "
                + ModelCatalogue.bundled().date() + " alone");
        assertKeyNowhereIn(outcome);
    }

    @Test
    void aRejectedKeyNeverEchoesTheKeyAndFallsBackToTheCatalogue() throws Exception {
        server.enqueue(json(401, "{\"message\": \"Unauthorized: " + key + "\"}"));

        Outcome outcome = checkWithKey();

        assertThat(outcome.details()).contains("answered 401: Unauthorized: " + Secret.redact(key));
        assertThat(rulesAndPlaces(outcome)).extracting(place -> place.toArray()[0]).containsOnly("MR-MOD-005");
        assertKeyNowhereIn(outcome);
    }

    @Test
    void withoutAKeyNothingIsAskedAndTheCatalogueDecides() throws Exception {
        Outcome outcome = check(Map.of(), Network.using(CLIENT));

        assertThat(server.getRequestCount()).isZero();
        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.details()).contains("live model list not used (MISTRAL_API_KEY is not set): models checked "
                + "against the bundled catalogue of " + ModelCatalogue.bundled().date() + " alone");
    }

    @Test
    void offlineNothingIsAskedEvenWithAKey() throws Exception {
        Outcome outcome = check(Map.of("MISTRAL_API_KEY", key), Network.offline());

        assertThat(server.getRequestCount()).isZero();
        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.details()).contains("live model list not used (--offline)");
    }

    @Test
    void theGateDoesNotNeedTheNetwork() {
        assertThat(new ModelConfigCheck().needsNetwork(ModelConfigOptions.defaults())).isFalse();
    }
}
