package dev.mistralready.checks.alerts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.check.Quoted;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code with:} block of an {@code alert-rules} gate. Alert ids in {@code alerts} are checked when the checklist is loaded. */
public record AlertRulesOptions(
        @OptionDoc("files or directories of Prometheus/vmalert rule files, PrometheusRule/VMRule resources and Grafana alerting "
                + "provisioning files, relative to the project (default: alerts/, alerting/, prometheus/, monitoring/, rules/, "
                + "k8s/, deploy/, manifests/ where present, any *.rules, *.rules.yml and provisioning/alerting/)")
        List<String> paths,
        @OptionDoc("fail when no rule files are found (default false: the gate is skipped and says where it looked)")
        boolean required,
        @OptionDoc(value = "per alert, what replaces its defaults: `match` (regexes that must all be found in `expr`, instead of "
                + "the metric presets), `for` (a duration, or `none`), `threshold` (the loosest `> N`, in the checklist's unit: "
                + "per minute, per hour, or ms), `skip: true`; alerts: api-down, high-latency, rate-limited, auth-failure, "
                + "circuit-open, cost-spike", type = "map of alert to settings")
        Map<String, AlertSpec> alerts,
        @OptionDoc("run `promtool check rules` on the rule files when promtool is on the PATH (default true)")
        boolean promtool,
        @OptionDoc(value = "the metric names the alerts may use: mistral, micrometer, otel-genai, otel-http, litellm "
                + "(default: all of them; each needs Mistral in the metric or a label, so they do not overlap)",
                type = "list of presets")
        List<String> metrics) {

    public static final List<String> DEFAULT_PATHS =
            List.of("alerts", "alerting", "prometheus", "monitoring", "rules", "k8s", "deploy", "manifests");

    public AlertRulesOptions {
        paths = paths == null ? List.of() : List.copyOf(paths);
        alerts = alerts == null ? Map.of() : Map.copyOf(alerts);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        for (String id : alerts.keySet()) {
            if (!RequiredAlert.ids().contains(id)) {
                throw new IllegalArgumentException("`alerts` names `" + Quoted.excerpt(id) + "`, which is not a required alert (alerts: "
                        + String.join(", ", RequiredAlert.ids()) + ")");
            }
        }
        for (String preset : metrics) {
            if (MetricPreset.byId(preset).isEmpty()) {
                throw new IllegalArgumentException("`metrics` names `" + Quoted.excerpt(preset) + "`, which is not a preset (presets: "
                        + String.join(", ", MetricPreset.ids()) + ")");
            }
        }
    }

    public static AlertRulesOptions defaults() {
        return new AlertRulesOptions(List.of(), false, Map.of(), true, List.of());
    }

    public AlertRulesOptions withPaths(List<String> newPaths) {
        return new AlertRulesOptions(newPaths, required, alerts, promtool, metrics);
    }

    public AlertRulesOptions whenRequired() {
        return new AlertRulesOptions(paths, true, alerts, promtool, metrics);
    }

    public AlertRulesOptions withAlerts(Map<String, AlertSpec> settings) {
        return new AlertRulesOptions(paths, required, settings, promtool, metrics);
    }

    public AlertRulesOptions withMetrics(List<String> presets) {
        return new AlertRulesOptions(paths, required, alerts, promtool, presets);
    }

    @JsonCreator
    static AlertRulesOptions bind(@JsonProperty("paths") List<String> paths,
                                  @JsonProperty("required") Boolean required,
                                  @JsonProperty("alerts") Map<String, AlertSpec> alerts,
                                  @JsonProperty("promtool") Boolean promtool,
                                  @JsonProperty("metrics") List<String> metrics) {
        return new AlertRulesOptions(paths, required != null && required, alerts, promtool == null || promtool, metrics);
    }

    /** The six alerts with this gate's settings merged over the defaults, skipped ones left out. */
    List<RequiredAlert> effectiveAlerts() {
        return RequiredAlert.DEFAULTS.stream()
                .filter(alert -> !alerts.containsKey(alert.id()) || !alerts.get(alert.id()).skip())
                .map(alert -> alerts.containsKey(alert.id()) ? alert.with(alerts.get(alert.id())) : alert)
                .toList();
    }

    /** The presets named in {@code metrics}, or all of them. */
    Set<MetricPreset> presets() {
        if (metrics.isEmpty()) {
            return EnumSet.allOf(MetricPreset.class);
        }
        Set<MetricPreset> chosen = EnumSet.noneOf(MetricPreset.class);
        metrics.forEach(id -> chosen.add(MetricPreset.byId(id).orElseThrow()));
        return chosen;
    }
}
