package dev.mistralready.checks.alerts;

import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the gate reads rule files: broken YAML is a finding, quoted {@code {{ }}} is YAML, chart templates are skipped. */
class AlertRulesYamlTest {

    private static final String RULE = """
            apiVersion: monitoring.coreos.com/v1
            kind: PrometheusRule
            metadata:
              name: node
            spec:
              groups:
              - name: node
                rules:
                - alert: NodeDown
                  expr: up{job="node"} == 0
                  for: 5m
                  annotations:
                    summary: "{{ $labels.instance }} is down"
                    description: 'it''s {{ $value }}'
            """;

    @TempDir
    Path project;

    private Outcome check() throws Exception {
        return new AlertRulesCheck().run(AlertRulesOptions.defaults().withPaths(List.of("monitoring")),
                new CheckContext(project, Map.of("PATH", ""), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    @Test
    void aRuleFileThatDoesNotParseIsAnErrorAtItsLineAndColumn() throws Exception {
        write(project, "monitoring/node.yaml", RULE);
        write(project, "monitoring/mistral.rules.yml", "groups:\n- name: mistral\n  rules:\n  - alert: MistralDown\n"
                + "    expr: mistral_up == 0\n   for: 5m\n");

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).filteredOn(finding -> finding.ruleId().equals("MR-ALR-020"))
                .extracting(finding -> finding.location().orElseThrow().file(), finding -> finding.location().orElseThrow().line(),
                        finding -> finding.location().orElseThrow().column(), finding -> finding.message())
                .containsExactly(tuple("monitoring/mistral.rules.yml", 6, 4, "not valid YAML at line 6, column 4: while "
                        + "parsing a block mapping: expected <block end>, but found '<block mapping start>'; no alert from "
                        + "there on was read"));
        assertThat(outcome.summary()).endsWith("; 1 file is not valid YAML");
    }

    @Test
    void aPrometheusRuleWithQuotedLabelTemplatesIsReadAsRules() throws Exception {
        write(project, "monitoring/node.yaml", RULE);

        Outcome outcome = check();

        assertThat(outcome.findings()).noneMatch(finding -> finding.ruleId().equals("MR-ALR-020"));
        assertThat(outcome.summary()).endsWith("(1 alerting rule in 1 file)");
    }

    @Test
    void aChartTemplateAndALooseTemplateAreSkippedAndNamedNotReportedAsBroken() throws Exception {
        write(project, "monitoring/node.yaml", RULE);
        write(project, "monitoring/chart/Chart.yaml", "apiVersion: v2\nname: mon\nversion: 0.1.0\n");
        write(project, "monitoring/chart/templates/rules.yaml", "{{- if .Values.rules }}\n" + RULE + "{{- end }}\n");
        write(project, "monitoring/extra.yaml", "groups:\n{{ .Values.extraGroups | toYaml }}\n");

        Outcome outcome = check();

        assertThat(outcome.findings()).noneMatch(finding -> finding.ruleId().equals("MR-ALR-020"));
        assertThat(outcome.details()).contains(
                "skipped monitoring/chart/templates/rules.yaml: template of the Helm chart monitoring/chart/, not rendered",
                "skipped monitoring/extra.yaml: template markup (`{{ … }}`) outside quoted values, not YAML until it is "
                        + "rendered: not checked");
    }
}
