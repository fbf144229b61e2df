package dev.mistralready.checks.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertRulesOptionsTest {

    @Test
    void bindsPerAlertSettingsFromTheChecklistOverTheDefaults() throws Exception {
        String checklist = """
                version: 1
                gates:
                  - id: alerts
                    type: alert-rules
                    with:
                      alerts:
                        api-down: {match: ['llm_errors_total'], for: 2m, threshold: 20}
                        cost-spike: {skip: true}
                """;

        AlertRulesOptions options = (AlertRulesOptions) new GatePlanner(CheckRegistry.installed())
                .plan(ChecklistLoader.parse("checklist.yaml", checklist)).get(0).options();

        List<RequiredAlert> alerts = options.effectiveAlerts();
        assertThat(alerts).extracting(RequiredAlert::id)
                .containsExactly("api-down", "high-latency", "rate-limited", "auth-failure", "circuit-open");
        RequiredAlert apiDown = alerts.get(0);
        assertThat(apiDown.watchedBy("sum(rate(llm_errors_total[1m])) > 20", options.presets())).isPresent();
        assertThat(apiDown.holdFor()).contains(Duration.ofMinutes(2));
        assertThat(apiDown.threshold()).contains(20.0);
        assertThat(alerts.get(1).holdFor()).contains(Duration.ofMinutes(5));
    }

    @Test
    void rejectsAnAlertThatIsNotRequired() {
        assertThatThrownBy(() -> AlertRulesOptions.bind(null, null, Map.of("disk-full", AlertSpec.bind(null, null, null, null)), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("`alerts` names `disk-full`, which is not a required alert (alerts: api-down, high-latency, "
                        + "rate-limited, auth-failure, circuit-open, cost-spike)");
    }

    @Test
    void bindsTheMetricPresetsAndRejectsAnUnknownOne() throws Exception {
        String checklist = """
                version: 1
                gates:
                  - id: alerts
                    type: alert-rules
                    with:
                      metrics: [litellm, otel-genai]
                """;

        AlertRulesOptions options = (AlertRulesOptions) new GatePlanner(CheckRegistry.installed())
                .plan(ChecklistLoader.parse("checklist.yaml", checklist)).get(0).options();

        assertThat(options.presets()).containsExactly(MetricPreset.OTEL_GENAI, MetricPreset.LITELLM);
        assertThat(AlertRulesOptions.defaults().presets()).hasSize(5);
        assertThatThrownBy(() -> AlertRulesOptions.bind(null, null, null, null, List.of("prometheus")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("`metrics` names `prometheus`, which is not a preset (presets: mistral, micrometer, otel-genai, "
                        + "otel-http, litellm)");
    }

    @Test
    void rejectsAnInvalidRegex() {
        assertThatThrownBy(() -> AlertSpec.bind(List.of("5(xx"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("`match` regex `5(xx` is not valid");
    }

    @Test
    void noneLiftsTheHoldOfAnAlert() {
        AlertSpec spec = AlertSpec.bind(null, "none", null, null);

        assertThat(spec.holdFor()).contains(Duration.ZERO);
        assertThat(RequiredAlert.DEFAULTS.get(1).with(spec).holdFor()).isEqualTo(Optional.empty());
    }
}
