package dev.mistralready.checks.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which documents of which files count as rules: multi-document files, Grafana provisioning, vmalert. */
class AlertRulesDocumentsTest {

    @TempDir
    Path temp;

    private static Path fixture(String name) throws Exception {
        return Path.of(AlertRulesDocumentsTest.class.getResource("/fixtures/alerts/" + name).toURI());
    }

    private static Outcome check(Path project, AlertRulesOptions options, Map<String, String> environment) throws Exception {
        return new AlertRulesCheck().run(options,
                new CheckContext(project, environment, Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private static List<Tuple> rulesAndPlaces(Outcome outcome) {
        return outcome.findings().stream()
                .map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow().file(),
                        finding.location().orElseThrow().line()))
                .toList();
    }

    private static AlertRulesOptions only(String... alerts) {
        Map<String, AlertSpec> skipped = new java.util.HashMap<>();
        for (String id : RequiredAlert.ids()) {
            if (!List.of(alerts).contains(id)) {
                skipped.put(id, AlertSpec.bind(null, null, null, true));
            }
        }
        return AlertRulesOptions.defaults().withAlerts(skipped);
    }

    @Test
    void countsEachPrometheusRuleOfAManifestButOnlyTheFirstDocumentOfARuleFile() throws Exception {
        Outcome outcome = check(fixture("multidoc"), AlertRulesOptions.defaults(), Map.of("PATH", ""));

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-ALR-006", "manifests/extra.rules.yml", 1));
        assertThat(outcome.summary()).isEqualTo("1 problem in the alerts (5 alerting rules in 2 files)");
        assertThat(outcome.details()).startsWith("ignored manifests/extra.rules.yml document 2: "
                + "a rule file is one YAML document, and only the first is loaded\n");
    }

    @Test
    void readsGrafanaProvisionedRulesWithTheirThresholdExpression() throws Exception {
        Outcome outcome = check(fixture("grafana"), only("api-down", "high-latency"), Map.of("PATH", ""));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                tuple("MR-ALR-008", "provisioning/alerting/mistral.yaml", 16));
        assertThat(outcome.findings().get(0).message()).startsWith("alert `MistralApiDown` (API down) fires at `> 30` (30/min)");
        assertThat(outcome.details()).contains("syntax not checked: promtool reads Prometheus rule files");
    }

    @Test
    void readsVmalertFilesNamedRulesAndPassesOverGroupsThatAreNotPromQl() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path promtool = bin.resolve("promtool");
        Files.writeString(promtool, "#!/bin/sh\necho 'field type not found'\nexit 1\n");
        Files.setPosixFilePermissions(promtool, PosixFilePermissions.fromString("rwxr-xr-x"));

        Outcome outcome = check(fixture("vmalert"), only("api-down", "rate-limited"), Map.of("PATH", bin.toString()));

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-ALR-003", "rules/mistral.rules", 1));
        assertThat(outcome.summary()).isEqualTo("1 problem in the alerts (1 alerting rule in 1 file)");
    }

    @Test
    void aSiteDataFileWithGroupsButNoRulesIsNoRuleFile() throws Exception {
        Path data = temp.resolve("rules/site.yml");
        Files.createDirectories(data.getParent());
        Files.writeString(data, "groups:\n  - name: Basic resource monitoring\n    services:\n      - name: Prometheus\n");

        Outcome outcome = check(temp, AlertRulesOptions.defaults(), Map.of("PATH", ""));

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.findings()).isEmpty();
    }
}
