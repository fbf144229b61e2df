package dev.mistralready.mistral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a key may be sent: HTTPS to Mistral, or this machine. */
class MistralEndpointTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://api.mistral.ai          | https://api.mistral.ai
            https://api.mistral.ai/         | https://api.mistral.ai
            https://api.mistral.ai/v1       | https://api.mistral.ai
            https://API.Mistral.AI/v1/      | https://api.mistral.ai
            https://api.eu.mistral.ai       | https://api.eu.mistral.ai
            https://api.us.mistral.ai:443   | https://api.us.mistral.ai:443
            http://127.0.0.1:8080           | http://127.0.0.1:8080
            http://localhost:8080/mistral/v1 | http://localhost:8080/mistral
            http://[::1]:9000               | http://[::1]:9000
            https://localhost:8443          | https://localhost:8443
            """)
    void acceptsMistralOverHttpsAndLoopbackOverEither(String written, String shown) {
        assertThat(MistralEndpoint.parse(written).shownAs()).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://api.mistral.ai", "http://192.168.1.20:8080", "http://localhost.example.com"})
    void refusesPlainHttpBeyondLoopback(String written) {
        assertThatThrownBy(() -> MistralEndpoint.parse(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("`" + written + "` would send the API key unencrypted; use https:// (plain http:// is allowed "
                        + "only to localhost, 127.0.0.1 or [::1])");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://example.com", "https://api.mistral.ai.example.com", "https://notmistral.ai",
            "https://api.mistral.ai."})
    void refusesHostsThatAreNotMistral(String written) {
        assertThatThrownBy(() -> MistralEndpoint.parse(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("`" + written + "` is not a Mistral API host, and the API key is sent only to ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"https://user:pass@api.mistral.ai, https://…@api.mistral.ai",
            "https://api.mistral.ai/?x=1, https://api.mistral.ai/?…", "https://api.mistral.ai/#v1, https://api.mistral.ai/#v1"})
    void refusesAnythingButAPlainBaseUrlWithoutQuotingItsSecrets(String written, String quoted) {
        assertThatThrownBy(() -> MistralEndpoint.parse(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("`" + quoted + "` must be a plain base URL such as https://api.mistral.ai, without a user "
                        + "name, query or fragment");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"api.mistral.ai", "ftp://api.mistral.ai", "mistral"})
    void refusesWhatIsNotAnHttpsUrl(String written) {
        assertThatThrownBy(() -> MistralEndpoint.parse(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("`" + written + "` is not an https:// URL; expected a base URL such as https://api.mistral.ai");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"https://api.mistral.ai\\@evil.example.com, https://…@evil.example.com",
            "https://exa mple.com, https://exa mple.com"})
    void refusesWhatDoesNotParse(String written, String quoted) {
        assertThatThrownBy(() -> MistralEndpoint.parse(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("`" + quoted + "` is not a URL; expected a base URL such as https://api.mistral.ai");
    }
}
