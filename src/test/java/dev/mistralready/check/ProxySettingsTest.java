package dev.mistralready.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProxySettingsTest {

    /** Built at run time, so no credential-shaped literal sits in the sources. */
    private static final String PASSWORD = "pw-" + Long.toHexString(0x5eed_cafe_f00dL) + "-x";

    private static Optional<String> via(Map<String, String> environment, String url) {
        okhttp3.HttpUrl parsed = okhttp3.HttpUrl.get(url);
        return ProxySettings.from(environment).proxyFor(parsed.scheme(), parsed.host(), parsed.port())
                .map(server -> server.address() + " " + server.variable());
    }

    @Test
    void httpsUrlsUseHttpsProxyAndHttpUrlsUseHttpProxy() {
        Map<String, String> environment = Map.of("HTTPS_PROXY", "http://secure.corp:3128",
                "HTTP_PROXY", "plain.corp:8080");

        assertThat(via(environment, "https://api.mistral.ai/v1/models")).contains("http://secure.corp:3128 HTTPS_PROXY");
        assertThat(via(environment, "http://app.corp/health")).contains("http://plain.corp:8080 HTTP_PROXY");
    }

    @Test
    void lowerCaseWinsOverUpperCaseAndEmptyCountsAsUnset() {
        assertThat(via(Map.of("https_proxy", "http://lower:1", "HTTPS_PROXY", "http://upper:2"), "https://a.b/"))
                .contains("http://lower:1 https_proxy");
        assertThat(via(Map.of("https_proxy", " ", "HTTPS_PROXY", "http://upper:2"), "https://a.b/"))
                .contains("http://upper:2 HTTPS_PROXY");
        assertThat(ProxySettings.from(Map.of("HTTPS_PROXY", "")).isEmpty()).isTrue();
    }

    @Test
    void allProxyServesASchemeWithoutItsOwnAndThePortDefaultsToCurls1080() {
        Map<String, String> environment = Map.of("ALL_PROXY", "http://every.corp", "HTTP_PROXY", "http://plain.corp:81");

        assertThat(via(environment, "https://a.b/")).contains("http://every.corp:1080 ALL_PROXY");
        assertThat(via(environment, "http://a.b/")).contains("http://plain.corp:81 HTTP_PROXY");
    }

    @Test
    void loopbackIsNeverProxiedEvenWithoutNoProxy() {
        Map<String, String> environment = Map.of("HTTPS_PROXY", "http://p:1", "HTTP_PROXY", "http://p:1");

        for (String url : new String[] {"http://127.0.0.1:8080/", "http://127.9.9.9/", "http://localhost:3000/",
                "https://LOCALHOST/", "http://[::1]:9/", "http://[0:0:0:0:0:0:0:1]/", "http://app.localhost/"}) {
            assertThat(via(environment, url)).as(url).isEmpty();
        }
        assertThat(via(environment, "http://128.0.0.1/")).isPresent();
        assertThat(via(environment, "http://localhost.corp/")).isPresent();
    }

    @Test
    void noProxyMatchesHostsDomainsPortsNetworksAndStar() {
        Map<String, String> environment = Map.of("HTTPS_PROXY", "http://p:1", "no_proxy",
                " internal.corp, .svc.local ,*.apps.corp,api.eu.corp:8443, 10.0.0.0/8, 192.168.1.7, [fd00::]/8, 2001:db8::1");

        assertThat(via(environment, "https://internal.corp/")).isEmpty();
        assertThat(via(environment, "https://deep.internal.corp/")).isEmpty();
        assertThat(via(environment, "https://INTERNAL.corp./")).isEmpty();
        assertThat(via(environment, "https://notinternal.corp/")).isPresent();
        assertThat(via(environment, "https://svc.local/")).isEmpty();
        assertThat(via(environment, "https://a.svc.local/")).isEmpty();
        assertThat(via(environment, "https://x.apps.corp/")).isEmpty();
        assertThat(via(environment, "https://api.eu.corp:8443/")).isEmpty();
        assertThat(via(environment, "https://api.eu.corp/")).as("another port").isPresent();
        assertThat(via(environment, "https://10.20.30.40/")).isEmpty();
        assertThat(via(environment, "https://11.0.0.1/")).isPresent();
        assertThat(via(environment, "https://192.168.1.7/")).isEmpty();
        assertThat(via(environment, "https://192.168.1.8/")).isPresent();
        assertThat(via(environment, "https://[fd12::5]/")).isEmpty();
        assertThat(via(environment, "https://[2001:db8:0:0::1]/")).isEmpty();
        assertThat(via(environment, "https://[2001:db8::2]/")).isPresent();
        assertThat(via(environment, "https://api.mistral.ai/")).isPresent();

        assertThat(via(Map.of("HTTPS_PROXY", "http://p:1", "NO_PROXY", "*"), "https://api.mistral.ai/")).isEmpty();
        assertThat(via(Map.of("HTTPS_PROXY", "http://p:1", "NO_PROXY", "a.com,*"), "https://b.org/")).isEmpty();
    }

    @Test
    void credentialsAreDecodedSecretsAndNeverPrinted() {
        ProxyServer server = ProxySettings.parse("HTTPS_PROXY", "http://ops%40corp:" + PASSWORD + "%2F1@proxy.corp:3128/");

        assertThat(server.user().map(Secret::reveal)).contains("ops@corp");
        assertThat(server.password().map(Secret::reveal)).contains(PASSWORD + "/1");
        assertThat(server.address()).isEqualTo("http://proxy.corp:3128");
        assertThat(server + " " + server.described() + " " + ProxySettings.from(Map.of("HTTPS_PROXY",
                "http://ops:" + PASSWORD + "@proxy.corp:3128")))
                .doesNotContain(PASSWORD).doesNotContain("ops:").contains("http://proxy.corp:3128");
        assertThat(server.secrets()).extracting(Secret::reveal).contains("ops@corp:" + PASSWORD + "/1", PASSWORD + "/1");
    }

    @Test
    void unusableValuesNameTheVariableAndHideTheCredentials() {
        assertThatThrownBy(() -> ProxySettings.from(Map.of("HTTPS_PROXY", "socks5://ops:" + PASSWORD + "@proxy:1080")))
                .hasMessage("HTTPS_PROXY `socks5://…@proxy:1080` cannot be used: `socks5://` proxies are not supported, "
                        + "only http:// (https requests still travel encrypted, through a CONNECT tunnel); set it to "
                        + "http://host:port or http://user:password@host:port");
        assertThatThrownBy(() -> ProxySettings.from(Map.of("http_proxy", "ops:" + PASSWORD + "@proxy:31x8")))
                .hasMessageStartingWith("http_proxy `…@proxy:31x8` cannot be used: `31x8` is not a port number (1 to 65535)")
                .message().doesNotContain(PASSWORD);
        assertThatThrownBy(() -> ProxySettings.from(Map.of("HTTPS_PROXY", "http://ops:pa/" + PASSWORD + "@proxy:1")))
                .message().doesNotContain(PASSWORD).startsWith("HTTPS_PROXY `http://…@proxy:1` cannot be used");
        assertThatThrownBy(() -> ProxySettings.from(Map.of("NO_PROXY", "corp.example,10.0.0.0/33")))
                .hasMessageStartingWith("NO_PROXY: the entry `10.0.0.0/33` cannot be read: a prefix of /33 is longer "
                        + "than the address (32 bits)");
        assertThatThrownBy(() -> ProxySettings.from(Map.of("no_proxy", "host:http")))
                .hasMessageStartingWith("no_proxy: the entry `host:http` cannot be read: `http` is not a port number");
    }
}
