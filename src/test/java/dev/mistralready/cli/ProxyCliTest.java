package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.http.ConnectProxy;
import dev.mistralready.http.Leaks;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live gates behind a proxy named in the environment, through the whole CLI, against proxies on
 * loopback: a MockWebServer acting as the plain-http proxy, and {@link ConnectProxy} for https. Targets
 * that are not loopback are never resolved or reached: a proxied request goes only to the proxy.
 */
@DisabledOnOs(OS.WINDOWS)
class ProxyCliTest {

    private static final String HEALTHY = "{\"status\":\"healthy\",\"provider\":\"mistral\",\"latencyMs\":95}";
    private static final String PATH = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");

    @TempDir
    Path work;

    private final String key = new Keys(61).mistral();
    private final String user = "ci-" + new Keys(62).random(Keys.ALNUM, 6);
    private final String password = new Keys(63).random(Keys.ALNUM, 20);
    private MockWebServer proxy;
    private Path project;

    @BeforeEach
    void setUp() throws IOException {
        proxy = new MockWebServer();
        proxy.start();
        project = Files.createDirectories(work.resolve("project"));
    }

    @AfterEach
    void tearDown() {
        proxy.close();
    }

    private void checklist(String gates) throws IOException {
        Files.writeString(project.resolve("checklist.yaml"), "version: 1\ngates:\n" + gates
                + "  - {id: build, type: command, with: {run: 'echo built'}}\n");
    }

    private CliRun check(Map<String, String> variables, String... options) {
        Map<String, String> environment = new HashMap<>(variables);
        environment.put("PATH", PATH);
        String[] args = new String[options.length + 2];
        args[0] = "check";
        args[1] = "project";
        System.arraycopy(options, 0, args, 2, options.length);
        return CliRun.in(work, environment, args);
    }

    private String withCredentials(int port) {
        return "http://" + user + ":" + password + "@127.0.0.1:" + port;
    }

    private String everything(CliRun run) throws IOException {
        return run.out() + run.err() + Files.readString(work.resolve("report.json"))
                + Files.readString(work.resolve("report.xml"));
    }

    private void assertNoCredentials(String output) {
        Leaks.assertNoneOf(password, output, "report");
        Leaks.assertNoneOf(user + ":" + password, output, "report");
        assertThat(output).doesNotContain(Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPlainHttpHealthCheckGoesThroughHttpProxyWhichGetsItsCredentialsOnlyAfterAsking() throws Exception {
        checklist("  - {id: health, type: http-health, with: {url: 'http://app.internal.invalid:8080/health'}}\n");
        proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
                .body("log in first").build());
        proxy.enqueue(new MockResponse.Builder().code(200).body(HEALTHY).build());

        CliRun run = check(Map.of("HTTP_PROXY", withCredentials(proxy.getPort())), "--verbose", "--color", "never");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^PASS   health  ")
                .containsPattern("(?m)^       healthy \\(200 from http://app.internal.invalid:8080/health in ");
        RecordedRequest challenged = proxy.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest answered = proxy.takeRequest(1, TimeUnit.SECONDS);
        assertThat(challenged.getRequestLine()).isEqualTo("GET http://app.internal.invalid:8080/health HTTP/1.1");
        assertThat(challenged.getHeaders().get("Proxy-Authorization")).isNull();
        assertThat(answered.getRequestLine()).isEqualTo("GET http://app.internal.invalid:8080/health HTTP/1.1");
        assertThat(answered.getHeaders().get("Proxy-Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        assertNoCredentials(run.out() + run.err());
    }

    @Test
    void credentialsAProxyEchoesAppearInNoReport() throws Exception {
        checklist("  - {id: health, type: http-health, with: {url: 'http://app.internal.invalid/health'}}\n");
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
        proxy.enqueue(new MockResponse.Builder().code(503).addHeader("X-Seen", "Basic " + basic)
                .body("{\"status\":\"down\",\"seen\":\"Basic " + basic + "\",\"user\":\"" + user + ":" + password
                        + "\",\"password\":\"" + password + "\"}").build());

        CliRun run = check(Map.of("http_proxy", withCredentials(proxy.getPort())), "--verbose", "--color", "never",
                "--json", "report.json", "--junit", "report.xml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("(?m)^FAIL   health  ").contains("503");
        assertNoCredentials(everything(run));
    }

    @Test
    void theCredentialProbeTunnelsThroughHttpsProxySoTheKeyNeverTravelsInClear() throws Exception {
        checklist("  - {id: credentials, type: credential-probe}\n");
        try (ConnectProxy https = new ConnectProxy()) {
            CliRun run = check(Map.of("MISTRAL_API_KEY", key, "HTTPS_PROXY", withCredentials(https.port()),
                    "HTTP_PROXY", "http://127.0.0.1:9"), "--color", "never", "--json", "report.json", "--junit", "report.xml");

            assertThat(https.tunnels()).isNotEmpty();
            ConnectProxy.Tunnel tunnel = https.tunnels().get(0);
            assertThat(tunnel.requestLine()).isEqualTo("CONNECT api.mistral.ai:443 HTTP/1.1");
            assertThat(tunnel.header("Proxy-Authorization")).as("sent before the proxy asks")
                    .isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            assertThat(tunnel.header("Authorization")).isEmpty();
            assertThat(String.join("\n", tunnel.head())).doesNotContain(key);
            assertThat(tunnel.firstBytes()).as("a TLS handshake record").startsWith((byte) 0x16);
            assertThat(new String(tunnel.firstBytes(), StandardCharsets.ISO_8859_1)).doesNotContain(key)
                    .contains("api.mistral.ai");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).containsPattern("(?m)^FAIL   credentials  ")
                    .contains("through the proxy http://127.0.0.1:" + https.port() + " from HTTPS_PROXY: ");
            String output = everything(run);
            assertNoCredentials(output);
            Leaks.assertNoneOf(key, output, "report");
        }
    }

    @Test
    void secretScanVerifiesAFoundKeyThroughTheHttpsProxyTunnelOnly() throws Exception {
        checklist("  - {id: secrets, type: secret-scan, with: {verify: true}}\n");
        Files.writeString(project.resolve(".env"), "MISTRAL_API_KEY=" + key + "\n");
        try (ConnectProxy https = new ConnectProxy()) {
            CliRun run = check(Map.of("HTTPS_PROXY", withCredentials(https.port())), "--verbose", "--color", "never",
                    "--json", "report.json", "--junit", "report.xml");

            assertThat(run.out()).containsPattern("(?m)^FAIL   secrets  ").contains("MR-SEC-002")
                    .contains("(not verified: the API was unreachable: TLS handshake failed through the proxy http://127.0.0.1:"
                            + https.port() + " from HTTPS_PROXY)");
            assertThat(https.tunnels()).isNotEmpty().allSatisfy(tunnel -> {
                assertThat(tunnel.requestLine()).isEqualTo("CONNECT api.mistral.ai:443 HTTP/1.1");
                assertThat(String.join("\n", tunnel.head())).doesNotContain(key);
                assertThat(new String(tunnel.firstBytes(), StandardCharsets.ISO_8859_1)).doesNotContain(key);
            });
            String output = everything(run);
            assertNoCredentials(output);
            Leaks.assertNoneOf(key, output, "report");
        }
    }

    @Test
    void prometheusQueryAsksThroughHttpProxy() throws Exception {
        checklist("""
                  - id: error-rate
                    type: prometheus-query
                    with: {url-env: PROMETHEUS_URL, metrics: [mistral]}
                """);
        proxy.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},"
                                + "\"value\":[1764680000,\"0\"]}]}}").build();
            }
        });

        CliRun run = check(Map.of("PROMETHEUS_URL", "http://prometheus.internal.invalid:9090",
                "HTTP_PROXY", "http://127.0.0.1:" + proxy.getPort()), "--color", "never");

        assertThat(run.out()).as(run.out() + run.err()).containsPattern("(?m)^PASS   error-rate  ");
        assertThat(proxy.getRequestCount()).isPositive();
        assertThat(proxy.takeRequest(1, TimeUnit.SECONDS).getRequestLine())
                .startsWith("GET http://prometheus.internal.invalid:9090/api/v1/query");
    }

    @Test
    void loopbackIsReachedDirectlyWhileProxiesAreSetAndNoProxyIsNot() throws Exception {
        try (MockWebServer app = new MockWebServer()) {
            app.start();
            checklist("  - {id: health, type: http-health, with: {url: 'http://127.0.0.1:" + app.getPort() + "/health'}}\n"
                    + "  - {id: credentials, type: credential-probe, with: {base-url: 'http://localhost:" + app.getPort()
                    + "'}}\n");
            app.enqueue(new MockResponse.Builder().code(200).body(HEALTHY).build());
            app.enqueue(new MockResponse.Builder().code(200).body("{\"object\":\"list\",\"data\":[]}").build());

            CliRun run = check(Map.of("MISTRAL_API_KEY", key, "HTTP_PROXY", withCredentials(proxy.getPort()),
                    "HTTPS_PROXY", withCredentials(proxy.getPort())), "--color", "never", "--jobs", "1");

            assertThat(run.out()).containsPattern("(?m)^PASS   health  ").containsPattern("(?m)^PASS   credentials  ");
            assertThat(app.getRequestCount()).isEqualTo(2);
            assertThat(proxy.getRequestCount()).isZero();
        }
    }

    @Test
    void aProxyThatRefusesConnectionsIsNamedWithoutItsCredentials() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        checklist("  - {id: credentials, type: credential-probe}\n"
                + "  - {id: health, type: http-health, with: {url: 'http://app.internal.invalid/health'}}\n");

        CliRun run = check(Map.of("MISTRAL_API_KEY", key, "https_proxy", withCredentials(closed),
                "http_proxy", withCredentials(closed)), "--color", "never", "--json", "report.json", "--junit", "report.xml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("(?m)^FAIL   credentials  ").containsPattern("(?m)^FAIL   health  ")
                .contains("       unavailable: the proxy could not be reached (https://api.mistral.ai)")
                .contains("       unreachable: the proxy could not be reached (http://app.internal.invalid/health)")
                .contains("through the proxy http://127.0.0.1:" + closed + " from https_proxy: ")
                .contains("through the proxy http://127.0.0.1:" + closed + " from http_proxy: ");
        assertNoCredentials(everything(run));
    }

    @Test
    void anUnusableProxySettingIsAnErrorOfTheLiveGatesOnlyAndNamesTheVariable() throws Exception {
        checklist("  - {id: credentials, type: credential-probe}\n");

        CliRun run = check(Map.of("MISTRAL_API_KEY", key, "HTTPS_PROXY", "socks5://" + user + ":" + password
                + "@127.0.0.1:1080"), "--color", "never", "--json", "report.json", "--junit", "report.xml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("(?m)^ERROR  credentials  ")
                .contains("HTTPS_PROXY `socks5://…@127.0.0.1:1080` cannot be used: `socks5://` proxies are not supported")
                .containsPattern("(?m)^PASS   build  ")
                .doesNotContain("crashed").doesNotContain("Exception");
        assertNoCredentials(everything(run));
    }
}
