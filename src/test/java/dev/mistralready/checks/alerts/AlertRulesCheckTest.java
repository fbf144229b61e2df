package dev.mistralready.checks.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gate over the fixture repositories in src/test/resources/fixtures/alerts. */
class AlertRulesCheckTest {

    private static final String GOOD_FILE = "alerts/mistral.rules.yml";

    @TempDir
    Path temp;

    private static Path fixture(String name) throws Exception {
        return Path.of(AlertRulesCheckTest.class.getResource("/fixtures/alerts/" + name).toURI());
    }

    private static Outcome check(Path project, AlertRulesOptions options, Map<String, String> environment) throws Exception {
        return new AlertRulesCheck().run(options,
                new CheckContext(project, environment, Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private static Outcome check(Path project, AlertRulesOptions options) throws Exception {
        return check(project, options, Map.of("PATH", ""));
    }

    private static List<Tuple> rulesAndPlaces(Outcome outcome) {
        return outcome.findings().stream()
                .map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow().file(),
                        finding.location().orElseThrow().line()))
                .toList();
    }

    private static Finding only(Outcome outcome) {
        assertThat(outcome.findings()).hasSize(1);
        return outcome.findings().get(0);
    }

    /** The good rule file without the alerting rule named {@code alert}. */
    private Path goodWithout(String alert) throws Exception {
        List<String> kept = new ArrayList<>();
        boolean dropping = false;
        for (String line : Files.readAllLines(fixture("good").resolve(GOOD_FILE))) {
            if (line.startsWith("      - ")) {
                dropping = line.equals("      - alert: " + alert);
            }
            if (!dropping) {
                kept.add(line);
            }
        }
        Path file = temp.resolve("project").resolve(GOOD_FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, kept);
        return temp.resolve("project");
    }

    private Path fakePromtool(String script) throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path promtool = bin.resolve("promtool");
        Files.writeString(promtool, "#!/bin/sh\n" + script);
        Files.setPosixFilePermissions(promtool, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void passesRuleFilesCoveringAllSixAlertsAndSaysSyntaxWasNotChecked() throws Exception {
        Outcome outcome = check(fixture("good"), AlertRulesOptions.defaults());

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("6 required alerts present (6 alerting rules in 1 file)");
        assertThat(outcome.details()).isEqualTo(
                "syntax not checked: promtool is not on the PATH (install Prometheus' promtool to check it)");
    }

    @ParameterizedTest(name = "{0} missing")
    @CsvSource({
        "MistralApiDown, MR-ALR-001, API down",
        "MistralHighLatency, MR-ALR-002, High latency",
        "MistralRateLimited, MR-ALR-003, Rate limited",
        "MistralAuthFailure, MR-ALR-004, Auth failure",
        "MistralCircuitOpen, MR-ALR-005, Circuit open",
        "MistralCostSpike, MR-ALR-006, Cost spike",
    })
    void failsNamingTheMissingAlertWithASketchOfTheRule(String alert, String rule, String title) throws Exception {
        Outcome outcome = check(goodWithout(alert), AlertRulesOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple(rule, GOOD_FILE, 1));
        Finding finding = only(outcome);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).startsWith("no alert for " + title + " (");
        assertThat(finding.fix()).startsWith("Add an alerting rule such as `- alert: " + alert + " ");
    }

    @Test
    void readsAPrometheusRuleResourceBesideOtherObjects() throws Exception {
        Outcome outcome = check(fixture("resource"), AlertRulesOptions.defaults());

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("6 required alerts present (6 alerting rules in 1 file)");
        assertThat(outcome.details())
                .isEqualTo("syntax not checked: promtool reads Prometheus rule files, "
                        + "not PrometheusRule, VMRule, vmalert-only or Grafana files");
    }

    @Test
    void warnsOfAMissingForAndOfThresholdsLooserThanTheChecklist() throws Exception {
        Outcome outcome = check(fixture("loose"), AlertRulesOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                tuple("MR-ALR-008", "monitoring/mistral.rules.yaml", 5),
                tuple("MR-ALR-007", "monitoring/mistral.rules.yaml", 8),
                tuple("MR-ALR-008", "monitoring/mistral.rules.yaml", 9));
        assertThat(outcome.findings()).extracting(Finding::message).containsExactly(
                "alert `MistralApiDown` (API down) fires at `> 50` (50/min), looser than the checklist's `> 10/min` "
                        + "(5xx errors from Mistral > 10/min)",
                "alert `MistralHighLatency` (High latency) has no `for:`; the checklist holds it for 5m before firing",
                "alert `MistralHighLatency` (High latency) fires at `> 10` (10 s), looser than the checklist's `> 5 s` "
                        + "(p95 > 5000 ms for 5 min)");
        assertThat(outcome.findings().get(1).fix()).startsWith("Set `for: 5m` on the rule");
    }

    @Test
    void takesTheTeamsThresholdsAndSkipsOverTheDefaults() throws Exception {
        AlertRulesOptions options = AlertRulesOptions.defaults().withAlerts(Map.of(
                "api-down", AlertSpec.bind(null, null, 60.0, null),
                "high-latency", AlertSpec.bind(null, "none", 10000.0, null)));

        Outcome outcome = check(fixture("loose"), options);

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.PASS);
    }

    @Test
    void matchesAnAlertByTheTeamsOwnRegexesAndLeavesOutSkippedAlerts() throws Exception {
        AlertRulesOptions options = AlertRulesOptions.defaults().withAlerts(Map.of(
                "cost-spike", AlertSpec.bind(null, null, null, true),
                "api-down", AlertSpec.bind(List.of("no_such_metric"), null, null, null)));

        Outcome outcome = check(fixture("good"), options);

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-ALR-001", GOOD_FILE, 1));
        assertThat(only(outcome).message()).endsWith("no alerting rule's expr matches [/no_such_metric/]");
    }

    @Test
    void skipsAndSaysWhereItLookedWhenThereAreNoRuleFiles() throws Exception {
        Files.createDirectories(temp.resolve("k8s"));
        Files.writeString(temp.resolve("k8s/deployment.yaml"), "apiVersion: apps/v1\nkind: Deployment\n");

        Outcome outcome = check(temp, AlertRulesOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).isEqualTo("skipped: no Prometheus rule files in alerts/, alerting/, prometheus/, monitoring/, "
                + "rules/, k8s/, deploy/, manifests/, **/*.rules, **/*.rules.yml, **/*.rules.yaml, **/provisioning/alerting/");
    }

    @Test
    void leavesOutRuleFilesOfTestsFixturesAndExamples() throws Exception {
        String rules = Files.readString(fixture("good").resolve("alerts/mistral.rules.yml"));
        for (String place : List.of("src/test/resources/fixtures/alerts/a.rules.yml", "examples/shop/alerts/b.rules.yml",
                "test/c.rules.yml")) {
            Files.createDirectories(temp.resolve(place).getParent());
            Files.writeString(temp.resolve(place), rules);
        }

        Outcome outcome = check(temp, AlertRulesOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).startsWith("skipped: no Prometheus rule files in ");
    }

    @Test
    void failsWithoutRuleFilesWhenRequired() throws Exception {
        Outcome outcome = check(temp, AlertRulesOptions.defaults().withPaths(List.of("ops/alerts")).whenRequired());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        Finding finding = only(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-ALR-010");
        assertThat(finding.location()).isEmpty();
        assertThat(finding.message()).isEqualTo("no Prometheus rule files in ops/alerts");
    }

    @Test
    void reportsWhatPromtoolRejectsAtItsFileAndLine() throws Exception {
        Path bin = fakePromtool("echo \"Checking $3\"\necho '  FAILED:'\n"
                + "echo \"$3: 7:13: group \\\"mistral\\\", rule 2, \\\"MistralApiDown\\\": could not parse expression\"\n"
                + "exit 1\n");

        Outcome outcome = check(fixture("good"), AlertRulesOptions.defaults(), Map.of("PATH", bin.toString()));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-ALR-009", GOOD_FILE, 7));
        assertThat(only(outcome).message())
                .isEqualTo("promtool: group \"mistral\", rule 2, \"MistralApiDown\": could not parse expression");
        assertThat(outcome.details()).startsWith("promtool check rules exited with code 1\n");
    }

    @Test
    void passesWhenPromtoolAcceptsTheFiles() throws Exception {
        Path bin = fakePromtool("[ \"$1 $2 $3\" = \"check rules " + GOOD_FILE + "\" ] || exit 3\necho SUCCESS\n");

        Outcome outcome = check(fixture("good"), AlertRulesOptions.defaults(), Map.of("PATH", bin.toString()));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).isEqualTo("promtool check rules: 1 file valid");
    }

    @Test
    void leavesPromtoolAloneWhenTurnedOff() throws Exception {
        Path bin = fakePromtool("exit 1\n");
        AlertRulesOptions options = AlertRulesOptions.bind(null, null, null, false, null);

        Outcome outcome = check(fixture("good"), options, Map.of("PATH", bin.toString()));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).isEqualTo("syntax not checked: `promtool: false`");
    }
}
