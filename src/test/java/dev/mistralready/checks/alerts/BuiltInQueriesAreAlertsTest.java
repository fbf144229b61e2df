package dev.mistralready.checks.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.checks.monitoring.BuiltInCheck;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The prometheus-query gate's built-in checks are the alert-rules gate's alerts: the same ids, presets
 * and thresholds, and each query, compared as the check compares it, is an alerting rule this gate
 * recognises as that alert in that preset. A change to either table that the other does not follow fails here.
 */
class BuiltInQueriesAreAlertsTest {

    @Test
    void theChecksAreTheRequiredAlertsInTheSamePresets() {
        assertThat(BuiltInCheck.ALL).extracting(BuiltInCheck::id).containsExactlyElementsOf(RequiredAlert.ids());
        assertThat(BuiltInCheck.PRESETS).containsExactlyElementsOf(MetricPreset.ids());
    }

    @Test
    void eachThresholdIsTheAlertTables() {
        for (BuiltInCheck check : BuiltInCheck.ALL) {
            RequiredAlert alert = alert(check.id());
            double threshold = alert.latency() ? check.threshold() * 1000 : check.threshold();
            assertThat(alert.threshold().orElse(0.0)).as("threshold of %s", check.id()).isEqualTo(threshold);
        }
    }

    @Test
    void eachQueryIsAnAlertTheAlertRulesGateRecognisesInItsPreset() {
        for (BuiltInCheck check : BuiltInCheck.ALL) {
            RequiredAlert alert = alert(check.id());
            for (Map.Entry<String, String> query : check.queries().entrySet()) {
                String expr = query.getValue() + " > " + check.threshold();
                MetricPreset preset = MetricPreset.byId(query.getKey()).orElseThrow();
                assertThat(alert.watchedBy(expr, Set.of(preset))).as("%s in %s: %s", check.id(), preset.id(), expr)
                        .isPresent();
            }
        }
    }

    private static RequiredAlert alert(String id) {
        return RequiredAlert.DEFAULTS.stream().filter(alert -> alert.id().equals(id)).findFirst().orElseThrow();
    }
}
