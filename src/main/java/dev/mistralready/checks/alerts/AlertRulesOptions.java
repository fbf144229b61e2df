package dev.mistralready.checks.alerts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.check.Quoted;
import java.util.List;
import java.util.Map;

/** The {@code with:} block of an {@code alert-rules} gate. Alert ids in {@code alerts} are checked when the checklist is loaded. */
public record AlertRulesOptions(
        @OptionDoc("files or directories of Prometheus rule files and PrometheusRule resources, relative to the project "
                + "(default: alerts/, prometheus/, monitoring/, k8s/, deploy/ where present, and any *.rules.yml)")
        List<String> paths,
        @OptionDoc("fail when no rule files are found (default false: the gate is skipped and says where it looked)")
        boolean required,
        @OptionDoc(value = "per alert, what replaces its defaults: `match` (regexes that must all be found in `expr`), "
                + "`for` (a duration, or `none`), `threshold` (the loosest `> N`), `skip: true`; alerts: api-down, "
                + "high-latency, rate-limited, auth-failure, circuit-open, cost-spike", type = "map of alert to settings")
        Map<String, AlertSpec> alerts,
        @OptionDoc("run `promtool check rules` on the rule files when promtool is on the PATH (default true)")
        boolean promtool) {

    public static final List<String> DEFAULT_PATHS = List.of("alerts", "prometheus", "monitoring", "k8s", "deploy");

    public AlertRulesOptions {
        paths = paths == null ? List.of() : List.copyOf(paths);
        alerts = alerts == null ? Map.of() : Map.copyOf(alerts);
        for (String id : alerts.keySet()) {
            if (!RequiredAlert.ids().contains(id)) {
                throw new IllegalArgumentException("`alerts` names `" + Quoted.excerpt(id) + "`, which is not a required alert (alerts: "
                        + String.join(", ", RequiredAlert.ids()) + ")");
            }
        }
    }

    public static AlertRulesOptions defaults() {
        return new AlertRulesOptions(List.of(), false, Map.of(), true);
    }

    public AlertRulesOptions withPaths(List<String> newPaths) {
        return new AlertRulesOptions(newPaths, required, alerts, promtool);
    }

    public AlertRulesOptions whenRequired() {
        return new AlertRulesOptions(paths, true, alerts, promtool);
    }

    public AlertRulesOptions withAlerts(Map<String, AlertSpec> settings) {
        return new AlertRulesOptions(paths, required, settings, promtool);
    }

    @JsonCreator
    static AlertRulesOptions bind(@JsonProperty("paths") List<String> paths,
                                  @JsonProperty("required") Boolean required,
                                  @JsonProperty("alerts") Map<String, AlertSpec> alerts,
                                  @JsonProperty("promtool") Boolean promtool) {
        return new AlertRulesOptions(paths, required != null && required, alerts, promtool == null || promtool);
    }

    /** The six alerts with this gate's settings merged over the defaults, skipped ones left out. */
    List<RequiredAlert> effectiveAlerts() {
        return RequiredAlert.DEFAULTS.stream()
                .filter(alert -> !alerts.containsKey(alert.id()) || !alerts.get(alert.id()).skip())
                .map(alert -> alerts.containsKey(alert.id()) ? alert.with(alerts.get(alert.id())) : alert)
                .toList();
    }
}
