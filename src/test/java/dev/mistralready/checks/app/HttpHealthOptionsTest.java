package dev.mistralready.checks.app;

import dev.mistralready.http.ServiceUrl;
import dev.mistralready.http.HeaderEnvironment;
import dev.mistralready.http.HeaderTemplates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an {@code http-health} gate's options are read from checklist.yaml, and the errors a user can make. */
class HttpHealthOptionsTest {

    private static HttpHealthOptions plan(String with) throws ChecklistException {
        String yaml = "version: 1\ngates:\n  - id: health\n    type: http-health\n"
                + (with.isEmpty() ? "" : "    with:\n" + with);
        return (HttpHealthOptions) new GatePlanner(CheckRegistry.of(List.of(new HttpHealthCheck())))
                .plan(ChecklistLoader.parse("checklist.yaml", yaml)).get(0).options();
    }

    @Test
    void defaultsEverythingButWhereTheEndpointIs() throws ChecklistException {
        HttpHealthOptions options = plan("      url-env: MISTRAL_READY_HEALTH_URL\n");

        assertThat(options).isEqualTo(HttpHealthOptions.fromEnvironment("MISTRAL_READY_HEALTH_URL"));
        assertThat(options.url()).isEmpty();
        assertThat(options.expectStatus()).isEqualTo(200);
        assertThat(options.degradedAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.headers().templates()).isEmpty();
        assertThat(options.required()).isTrue();
    }

    @Test
    void bindsEveryOption() throws ChecklistException {
        HttpHealthOptions options = plan("""
                      url: https://app.example.com/health
                      expect-status: 204
                      degraded-after: 1500ms
                      headers: {Authorization: "Bearer ${HEALTH_TOKEN}", X-Probe: mistral-ready}
                      header-env: [HEALTH_TOKEN]
                      required: false
                      request-timeout: 3s
                """);

        assertThat(options).isEqualTo(new HttpHealthOptions(Optional.of(ServiceUrl.parse("https://app.example.com/health")),
                Optional.empty(), 204, Duration.ofMillis(1500),
                HeaderTemplates.of(Map.of("Authorization", "Bearer ${HEALTH_TOKEN}", "X-Probe", "mistral-ready")),
                HeaderEnvironment.of("HEALTH_TOKEN"), false, Duration.ofSeconds(3), Optional.empty(), Optional.empty()));
        assertThat(options.headers().variables()).containsExactly("HEALTH_TOKEN");
    }

    @Test
    void refusesBothUrlAndUrlEnvNamingBoth() {
        assertThatThrownBy(() -> plan("      url: https://app.example.com/health\n      url-env: HEALTH_URL\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: set either `url` (the address itself) or `url-env` "
                        + "(the environment variable that holds it), not both");
    }

    @Test
    void refusesNeitherUrlNorUrlEnvNamingBoth() {
        assertThatThrownBy(() -> plan("      expect-status: 200\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: needs `url` (the address, such as "
                        + "https://app.example.com/health) or `url-env` (the environment variable that holds it, such as "
                        + "MISTRAL_READY_HEALTH_URL)");
        assertThatThrownBy(() -> plan(""))
                .isInstanceOf(ChecklistException.class)
                .hasMessageStartingWith("checklist.yaml:3:5: option `with`: needs `url` (the address, such as ");
    }

    @Test
    void refusesAUrlThatIsNotHttpAtItsValue() {
        assertThatThrownBy(() -> plan("      url: ftp://app.example.com/health\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:12: option `url`: `ftp://app.example.com/health` is not an http:// or "
                        + "https:// URL; expected an address such as https://app.example.com/health");
    }

    @Test
    void refusesAUrlWithCredentialsInIt() {
        assertThatThrownBy(() -> plan("      url: https://ops:hunter2@app.example.com/health\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageStartingWith("checklist.yaml:6:12: option `url`: `https://…@app.example.com/health` "
                        + "carries a user name or password, which reports would show; send credentials in `headers` instead");
    }

    @Test
    void refusesAUrlEnvThatIsNotAVariableName() {
        assertThatThrownBy(() -> plan("      url-env: $HEALTH_URL\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: `url-env` must name an environment variable (letters, "
                        + "digits and `_`, such as MISTRAL_READY_HEALTH_URL), not `$HEALTH_URL`");
    }

    @Test
    void refusesABrokenVariableReferenceInAHeaderAtItsValue() {
        assertThatThrownBy(() -> plan("      url-env: HEALTH_URL\n      headers: {Authorization: \"Bearer ${TOKEN\"}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:16: option `headers`: the value of header `Authorization` has a `${` that "
                        + "is not a variable reference; write ${NAME}, where NAME is an environment variable (letters, "
                        + "digits and `_`)");
    }

    @Test
    void refusesAHeaderNameWithASpace() {
        assertThatThrownBy(() -> plan("      url-env: HEALTH_URL\n      headers: {\"X Probe\": yes}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageStartingWith("checklist.yaml:7:16: option `headers`: `X Probe` is not a header name");
    }

    @Test
    void refusesAnExpectStatusThatIsNoStatusCode() {
        assertThatThrownBy(() -> plan("      url-env: HEALTH_URL\n      expect-status: 2000\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: `expect-status` must be an HTTP status code (100 to 599), "
                        + "not 2000");
    }

    @Test
    void pointsToRequestTimeoutAndTheGateKeyWhenTimeoutIsWrittenUnderWith() {
        assertThatThrownBy(() -> plan("      url-env: HEALTH_URL\n      timeout: 5s\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:7: gate type `http-health` has no option `timeout`; did you mean "
                        + "`request-timeout`? A gate's own `timeout` goes beside `with:`, not in it (options: url, url-env, "
                        + "expect-status, degraded-after, headers, header-env, required, request-timeout, pointer, watch)");
    }

    @Test
    void refusesAHeaderVariableThatHeaderEnvDoesNotDeclare() {
        assertThatThrownBy(() -> plan("      url-env: HEALTH_URL\n      headers: {Authorization: \"Bearer ${APP_TOKEN}\"}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: header `Authorization` uses ${APP_TOKEN}, which "
                        + "`header-env` does not declare; add APP_TOKEN to `header-env` (the variables this gate may "
                        + "send to the app)");
    }

    @Test
    void refusesAnUndeclaredPlatformSecretInAHeaderSayingWhy() {
        assertThatThrownBy(() -> plan("      url-env: HEALTH_URL\n      headers: {X-Key: \"${MISTRAL_API_KEY}\"}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: header `X-Key` uses ${MISTRAL_API_KEY}, which holds the "
                        + "Mistral API key and must never be sent to the app; use a token made for the app instead, "
                        + "declared in `header-env`");
    }

    @Test
    void refusesToDeclareAPlatformSecretAtItsValue() {
        assertThatThrownBy(() -> plan("      url-env: HEALTH_URL\n      header-env: [APP_TOKEN, GITHUB_TOKEN]\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:19: option `header-env`: GITHUB_TOKEN holds the GitHub Actions token of the "
                        + "repository, which this gate would send to the app; use a token made for the app instead (such "
                        + "as SMOKE_TOKEN)");
        assertThatThrownBy(() -> plan("      url-env: HEALTH_URL\n      header-env: [aws_secret_access_key]\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageStartingWith("checklist.yaml:7:19: option `header-env`: aws_secret_access_key holds AWS "
                        + "credentials, which this gate would send to the app;");
    }

    @Test
    void refusesADeclaredVariableThatNoHeaderUses() {
        assertThatThrownBy(() -> plan("      url-env: HEALTH_URL\n      headers: {X-Token: \"${APP_TOKEN}\"}\n"
                + "      header-env: [APP_TOKEN, APP_TOKN]\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: `header-env` declares APP_TOKN, which no header uses; "
                        + "write ${APP_TOKN} in a header's value, or remove it from `header-env`");
    }

    @Test
    void refusesAHeaderEnvEntryThatIsNotAVariableName() {
        assertThatThrownBy(() -> plan("      url-env: HEALTH_URL\n      header-env: [$APP_TOKEN]\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:19: option `header-env`: `$APP_TOKEN` is not an environment variable name "
                        + "(letters, digits and `_`, such as SMOKE_TOKEN)");
    }

    @Test
    void refusesAPlainHttpUrlThatIsNotLoopbackWhenAHeaderCarriesAVariable() {
        assertThatThrownBy(() -> plan("""
                      url: http://app.example.com/health
                      headers: {Authorization: "Bearer ${APP_TOKEN}"}
                      header-env: [APP_TOKEN]
                """))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: `url` is plain http:// to app.example.com, which is not "
                        + "this machine, so header `Authorization` (with ${APP_TOKEN}) would travel in clear; use the "
                        + "https:// address (plain http is only for loopback: 127.0.0.0/8, ::1, localhost)");
    }

    @Test
    void acceptsVariablesOverHttpsOrToLoopbackAndPlainHttpWithoutThem() throws ChecklistException {
        String declared = "      headers: {Authorization: \"Bearer ${APP_TOKEN}\"}\n      header-env: [APP_TOKEN]\n";

        assertThat(plan("      url: https://app.example.com/health\n" + declared).headerEnv().names())
                .containsExactly("APP_TOKEN");
        assertThat(plan("      url: http://127.0.0.2:8080/health\n" + declared).headers().variables())
                .containsExactly("APP_TOKEN");
        assertThat(plan("      url: http://[::1]:8080/health\n" + declared).headers().variables())
                .containsExactly("APP_TOKEN");
        assertThat(plan("      url: http://app.example.com/health\n      headers: {X-Probe: mistral-ready}\n")
                .headers().variables()).isEmpty();
    }

    @Test
    void bindsPointerAndLeavesItUnsetByDefault() throws ChecklistException {
        HttpHealthOptions nested = plan("      url-env: MISTRAL_READY_HEALTH_URL\n      pointer: /components/mistral\n");
        HttpHealthOptions plain = plan("      url-env: MISTRAL_READY_HEALTH_URL\n");

        assertThat(nested.pointer()).contains(HealthPointer.parse("/components/mistral"));
        assertThat(plain.pointer()).isEmpty();
    }

    @Test
    void refusesAPointerThatIsNoJsonPointerAtItsValue() {
        assertThatThrownBy(() -> plan("      url-env: HEALTH_URL\n      pointer: services.mistral\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:16: option `pointer`: `services.mistral` is not a JSON pointer to a part of "
                        + "the body; expected one such as /services/mistral (each step after a `/`, list indexes from 0)");
    }
}
