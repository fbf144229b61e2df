package dev.mistralready.checks.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import dev.mistralready.mistral.MistralEndpoint;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate's options as a user writes them in checklist.yaml, and the errors a user can make. */
class CredentialProbeOptionsTest {

    private static CredentialProbeOptions plan(String with) throws ChecklistException {
        String yaml = "version: 1\ngates:\n  - id: credentials\n    type: credential-probe\n"
                + (with.isEmpty() ? "" : "    with:\n" + with);
        return (CredentialProbeOptions) new GatePlanner(CheckRegistry.of(List.of(new CredentialProbeCheck())))
                .plan(ChecklistLoader.parse("checklist.yaml", yaml)).get(0).options();
    }

    @Test
    void defaultsToTheGlobalApiAndARequiredMistralApiKey() throws ChecklistException {
        CredentialProbeOptions options = plan("");

        assertThat(options).isEqualTo(CredentialProbeOptions.defaults());
        assertThat(options.keyEnv()).isEqualTo("MISTRAL_API_KEY");
        assertThat(options.baseUrl().shownAs()).isEqualTo("https://api.mistral.ai");
        assertThat(options.degradedAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.required()).isTrue();
        assertThat(options.requireModels()).isEmpty();
    }

    @Test
    void refusesAKeyVariableThatHoldsACiPlatformCredential() {
        assertThatThrownBy(() -> plan("      key-env: GITHUB_TOKEN\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: `key-env` names GITHUB_TOKEN, which holds the GitHub "
                        + "Actions token of the repository, not a Mistral key; this gate would send it to Mistral. Name "
                        + "the variable that holds the Mistral API key, such as MISTRAL_API_KEY");
    }

    @Test
    void bindsEveryOption() throws ChecklistException {
        CredentialProbeOptions options = plan("""
                      key-env: PROD_MISTRAL_KEY
                      base-url: https://api.eu.mistral.ai/v1
                      degraded-after: 1500ms
                      required: false
                      require-models: [mistral-large-2512, mistral-small-latest]
                      request-timeout: 20s
                """);

        assertThat(options).isEqualTo(new CredentialProbeOptions("PROD_MISTRAL_KEY",
                new MistralEndpoint("https", "api.eu.mistral.ai", -1, ""), Duration.ofMillis(1500), false,
                List.of("mistral-large-2512", "mistral-small-latest"), Duration.ofSeconds(20)));
    }

    @Test
    void refusesAPlainHttpBaseUrlBeyondLoopbackAtItsLineBeforeAnythingRuns() {
        assertThatThrownBy(() -> plan("      base-url: http://api.mistral.ai\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:17: option `base-url`: `http://api.mistral.ai` would send the API key "
                        + "unencrypted; use https:// (plain http:// is allowed only to localhost, 127.0.0.1 or [::1])");
    }

    @Test
    void refusesAHostThatIsNotMistral() {
        assertThatThrownBy(() -> plan("      base-url: https://llm-gateway.example.com\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:17: option `base-url`: `https://llm-gateway.example.com` is not a Mistral "
                        + "API host, and the API key is sent only to " + MistralEndpoint.ALLOWED);
    }

    @Test
    void refusesAKeyEnvThatIsNotAVariableName() {
        assertThatThrownBy(() -> plan("      key-env: $MISTRAL_API_KEY\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: `key-env` must name an environment variable (letters, "
                        + "digits and `_`, such as MISTRAL_API_KEY), not `$MISTRAL_API_KEY`");
    }

    @Test
    void refusesADegradedAfterThatIsNotADuration() {
        assertThatThrownBy(() -> plan("      degraded-after: soon\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:23: option `degraded-after`: `soon` is not a duration; expected "
                        + "a number with a unit: 500ms, 10s, 2m, 1h or 1m30s");
    }

    @Test
    void suggestsTheKebabCaseSpellingOfAnOption() {
        assertThatThrownBy(() -> plan("      base_url: https://api.mistral.ai\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: gate type `credential-probe` has no option `base_url`; did you mean "
                        + "`base-url`? (options: key-env, base-url, degraded-after, required, require-models, "
                        + "request-timeout)");
    }
}
