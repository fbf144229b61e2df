package dev.mistralready.checks.app;

import dev.mistralready.http.ServiceUrl;
import static dev.mistralready.http.Loopback.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import java.io.IOException;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Health bodies as public apps and frameworks answer them (sources in bench/deploy-gates/health-shapes.md),
 * served on loopback: the verdict on each, and the rule or the place judged.
 */
class HealthShapesTest {

    private final HttpHealthCheck check = new HttpHealthCheck();
    private MockWebServer server;
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        url = "http://127.0.0.1:" + server.getPort() + "/health";
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            H1 production checklist | 200 |                      | {"status": "healthy", "provider": "mistral", "latencyMs": 120, "model": "mistral-small-2603"} | PASS | healthy (
            H2 project canary       | 200 |                      | {"status": "ok", "services": {"mistral": {"status": "healthy", "latency_ms": 120}}} | PASS | healthy at /services/mistral (
            H3 actuator, no mistral | 200 |                      | {"status": "UP", "components": {"diskSpace": {"status": "UP", "details": {"total": 255412363264, "free": 79674867712, "threshold": 10485760, "exists": true}}, "ping": {"status": "UP"}, "redis": {"status": "UP", "details": {"version": "7.4.5"}}, "ssl": {"status": "UP", "details": {"validChains": [], "invalidChains": []}}}} | FAIL | MR-HLT-008 the JSON has no `provider`
            H4 actuator, mistral    | 200 | /components/mistral  | {"status": "UP", "components": {"diskSpace": {"status": "UP"}, "mistral": {"status": "UP", "details": {"model": "mistral-small-2603"}}, "ping": {"status": "UP"}}} | PASS | healthy at /components/mistral (
            H4 actuator, mistral    | 503 | /components/mistral  | {"status": "DOWN", "components": {"mistral": {"status": "DOWN", "details": {"error": "org.springframework.ai.retry.NonTransientAiException: 401 - Unauthorized"}}}} | FAIL | MR-HLT-005 503 Service Unavailable: "org.springframework.ai.retry.NonTransientAiException: 401 - Unauthorized"
            H5 LiteLLM /health      | 200 |                      | {"healthy_endpoints": [{"model": "azure/gpt-35-turbo", "api_base": "https://my-endpoint-canada-berri992.openai.azure.com/"}], "unhealthy_endpoints": [{"model": "azure/gpt-35-turbo", "api_base": "https://openai-france-1234.openai.azure.com/"}]} | FAIL | MR-HLT-008 the JSON has no `status`
            H6 FastAPI, status only | 200 |                      | {"status": "ok"} | FAIL | MR-HLT-008 the JSON has no `provider`
            H7 FastAPI, with model  | 200 |                      | {"status": "ok", "model": "voxtral-mini-latest", "version": "1.0.0"} | FAIL | MR-HLT-008 the JSON has no `provider`
            H8 IETF health draft    | 200 |                      | {"serviceID": "service:authz", "status": "pass", "version": "1", "details": [{"name": "sub-component-X", "status": "pass"}]} | FAIL | MR-HLT-008 the JSON has no `provider`
            H9 self-hosted, 503     | 503 |                      | {"status": "unhealthy", "reason": "No ASR workers available"} | FAIL | MR-HLT-005 503 Service Unavailable; body: {"status": "unhealthy", "reason": "No ASR workers available"}
            """)
    void judgesEachPublicShape(String shape, int code, String pointer, String body, Status status, String verdict) {
        server.enqueue(json(code, body));
        HttpHealthOptions options = HttpHealthOptions.of(ServiceUrl.parse(url));

        Outcome outcome = check.run(pointer == null || pointer.isEmpty() ? options : options.withPointer(HealthPointer.parse(pointer)),
                AppContexts.empty());

        assertThat(outcome.status()).isEqualTo(status);
        if (status == Status.PASS) {
            assertThat(outcome.summary()).startsWith(verdict);
        } else {
            Finding finding = outcome.findings().get(0);
            String rule = verdict.substring(0, verdict.indexOf(' '));
            assertThat(finding.ruleId()).isEqualTo(rule);
            assertThat(finding.message()).contains(verdict.substring(rule.length() + 1));
        }
    }
}
