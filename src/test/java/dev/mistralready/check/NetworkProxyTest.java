package dev.mistralready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run's client and the proxy variables of its environment, against a MockWebServer acting as
 * the proxy and another standing in for the app. The app's name, {@code app.corp.test}, is resolved
 * by a resolver of the test's own to loopback, so a direct request stays on this machine too.
 */
class NetworkProxyTest {

    private MockWebServer proxy;
    private MockWebServer app;

    @BeforeEach
    void setUp() throws IOException {
        proxy = new MockWebServer();
        proxy.start();
        app = new MockWebServer();
        app.start();
    }

    @AfterEach
    void tearDown() {
        proxy.close();
        app.close();
    }

    private String get(Map<String, String> environment, String url) throws IOException {
        OkHttpClient client = Network.online("mistral-ready/test", environment).client().newBuilder()
                .dns(host -> {
                    if (host.equals("app.corp.test")) {
                        return List.of(InetAddress.getLoopbackAddress());
                    }
                    throw new java.net.UnknownHostException(host + ": this test resolves no other name");
                })
                .build();
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.code() + " " + response.body().string();
        }
    }

    @Test
    void aRequestGoesThroughTheProxyOfItsScheme() throws Exception {
        proxy.enqueue(new MockResponse.Builder().code(200).body("via proxy").build());

        String answer = get(Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxy.getPort()),
                "http://app.corp.test:" + app.getPort() + "/health");

        assertThat(answer).isEqualTo("200 via proxy");
        assertThat(proxy.takeRequest().getRequestLine())
                .isEqualTo("GET http://app.corp.test:" + app.getPort() + "/health HTTP/1.1");
        assertThat(app.getRequestCount()).isZero();
    }

    @Test
    void noProxyHostsDomainsAndPortsAreReachedDirectly() throws Exception {
        String url = "http://app.corp.test:" + app.getPort() + "/health";
        for (String noProxy : List.of("app.corp.test", ".corp.test", "corp.test", "*.corp.test",
                "other.example, app.corp.test:" + app.getPort(), "*")) {
            app.enqueue(new MockResponse.Builder().code(200).body("direct").build());

            String answer = get(Map.of("http_proxy", "http://127.0.0.1:" + proxy.getPort(), "NO_PROXY", noProxy), url);

            assertThat(answer).as(noProxy).isEqualTo("200 direct");
        }
        assertThat(proxy.getRequestCount()).isZero();

        proxy.enqueue(new MockResponse.Builder().code(200).body("via proxy").build());
        assertThat(get(Map.of("http_proxy", "http://127.0.0.1:" + proxy.getPort(), "NO_PROXY",
                "app.corp.test:1, pp.corp.test, corp.test.example"), url)).as("no entry matches").isEqualTo("200 via proxy");
    }

    @Test
    void refusedCredentialsAreNotSentAgainAndCredentialsGoOnlyToTheirOwnProxy() throws Exception {
        String password = "pw-" + Long.toHexString(System.nanoTime());
        for (int i = 0; i < 3; i++) {
            proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
                    .build());
        }
        String url = "http://app.corp.test:" + app.getPort() + "/health";

        assertThat(get(Map.of("HTTP_PROXY", "http://ci:" + password + "@127.0.0.1:" + proxy.getPort()), url))
                .startsWith("407");
        assertThat(proxy.takeRequest().getHeaders().get("Proxy-Authorization")).isNull();
        assertThat(proxy.takeRequest().getHeaders().get("Proxy-Authorization")).startsWith("Basic ");
        assertThat(proxy.getRequestCount()).as("asked once, answered once, then given up").isEqualTo(2);

        assertThat(get(Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxy.getPort(),
                "HTTPS_PROXY", "http://ci:" + password + "@127.0.0.1:" + proxy.getPort()), url)).startsWith("407");
        assertThat(proxy.takeRequest().getHeaders().get("Proxy-Authorization"))
                .as("the https proxy's credentials, asked for by the http proxy").isNull();
        assertThat(proxy.getRequestCount()).isEqualTo(3);
    }

    @Test
    void withoutProxyVariablesTheClientKeepsTheJvmDefault() {
        assertThat(Network.online("mistral-ready/test", Map.of("NO_PROXY", "*")).client().proxySelector())
                .isNotInstanceOf(ProxyRoutes.class);
        assertThat(Network.online("mistral-ready/test", Map.of("HTTPS_PROXY", "http://p:1")).client().proxySelector())
                .isInstanceOf(ProxyRoutes.class);
    }
}
