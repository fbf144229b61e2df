package dev.mistralready.checks.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The six alerts written in each metric preset (fixtures/alerts/styles), and wrong ones. */
class AlertRulesStylesTest {

    private static final String FILE = "alerts/mistral.rules.yml";

    @TempDir
    Path temp;

    private static Path fixture(String name) throws Exception {
        return Path.of(AlertRulesStylesTest.class.getResource("/fixtures/alerts/" + name).toURI());
    }

    private static Outcome check(Path project, AlertRulesOptions options) throws Exception {
        return new AlertRulesCheck().run(options,
                new CheckContext(project, Map.of("PATH", ""), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private static List<Tuple> rulesAndPlaces(Outcome outcome) {
        return outcome.findings().stream()
                .map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow().file(),
                        finding.location().orElseThrow().line()))
                .toList();
    }

    private Path project(String rules) throws Exception {
        Path file = temp.resolve(FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, rules);
        return temp;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "mistral, 6 required alerts present (6 alerting rules in 1 file)",
        "micrometer, 6 required alerts present (6 alerting rules in 1 file; 1 threshold not checked)",
        "otel-genai, 6 required alerts present (6 alerting rules in 1 file; 1 threshold not checked)",
        "otel-http, 6 required alerts present (6 alerting rules in 1 file)",
        "litellm, 6 required alerts present (6 alerting rules in 1 file)",
    })
    void recognisesAllSixAlertsInEachPresetWithOnlyThatPresetChosen(String preset, String summary) throws Exception {
        Outcome outcome = check(fixture("styles/" + preset), AlertRulesOptions.defaults().withMetrics(List.of(preset)));

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo(summary);
    }

    @Test
    void aPresetNotChosenDoesNotCount() throws Exception {
        Outcome outcome = check(fixture("styles/litellm"), AlertRulesOptions.defaults().withMetrics(List.of("micrometer")));

        assertThat(rulesAndPlaces(outcome)).containsExactly(
                tuple("MR-ALR-001", FILE, 2), tuple("MR-ALR-002", FILE, 2), tuple("MR-ALR-003", FILE, 2),
                tuple("MR-ALR-004", FILE, 2), tuple("MR-ALR-005", FILE, 2), tuple("MR-ALR-006", FILE, 2));
        assertThat(outcome.findings().get(0).message()).endsWith(
                "no alerting rule's expr watches it with the metric names of [micrometer]");
    }

    @Test
    void saysWhichThresholdsItCouldNotReadInDollars() throws Exception {
        Outcome outcome = check(fixture("styles/otel-genai"), AlertRulesOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).contains("threshold of alert `MistralCostSpike` (Cost spike) not checked: "
                + "it counts tokens, priced inside the expression, not dollars");
    }

    @Test
    void flagsAThresholdInTheWrongUnitAShortHoldAnExcluded429AMildSeverityAndALooseSpend() throws Exception {
        Outcome outcome = check(fixture("wrong"), AlertRulesOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                tuple("MR-ALR-008", FILE, 6),
                tuple("MR-ALR-007", FILE, 8),
                tuple("MR-ALR-003", FILE, 13),
                tuple("MR-ALR-011", FILE, 17),
                tuple("MR-ALR-008", FILE, 22));
        assertThat(outcome.findings()).extracting(Finding::message).containsExactly(
                "alert `MistralApiDown` (API down) fires at `> 10` (600/min), looser than the checklist's `> 10/min` "
                        + "(5xx errors from Mistral > 10/min)",
                "alert `MistralHighLatency` (High latency) has `for: 1m`, shorter than the checklist's 5m",
                "no alert for Rate limited (429 errors > 5/min, P2): alert `MistralErrors` excludes 429 (`status!=\"429\"`), "
                        + "so it does not cover it",
                "alert `MistralAuthFailure` (Auth failure) has `severity: info` (P3); the checklist ranks it P1",
                "alert `MistralCostSpike` (Cost spike) fires at `> 100` (100/hour), looser than the checklist's `> 10/hour` "
                        + "(spend > $10/hour)");
    }

    @Test
    void a429NamedOnlyInAPromQlCommentDoesNotCover429() throws Exception {
        Path project = project("""
                groups:
                  - name: mistral
                    rules:
                      - alert: MistralRateLimited
                        expr: |
                          # 429 from Mistral
                          sum(increase(mistral_requests_total{status=~"4.."}[1m])) > 5
                        labels: {severity: warning}
                """);

        Outcome outcome = check(project, AlertRulesOptions.defaults().withAlerts(Map.of(
                "api-down", skip(), "high-latency", skip(), "auth-failure", skip(), "circuit-open", skip(), "cost-spike", skip())));

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-ALR-003", FILE, 5));
        assertThat(outcome.findings().get(0).message()).endsWith(
                "alert `MistralRateLimited` names 429 only in a PromQL comment; no label matcher selects it");
    }

    @Test
    void aThresholdAtTheChecklistsRatePerSecondPassesAndJustAboveItWarns() throws Exception {
        String rule = """
                groups:
                  - name: mistral
                    rules:
                      - alert: MistralApiDown
                        expr: sum(rate(mistral_requests_total{status=~"5.."}[5m])) > %s
                        labels: {severity: critical}
                """;
        AlertRulesOptions onlyApiDown = AlertRulesOptions.defaults().withAlerts(Map.of("high-latency", skip(), "rate-limited", skip(),
                "auth-failure", skip(), "circuit-open", skip(), "cost-spike", skip()));

        assertThat(check(project(rule.formatted("0.1667")), onlyApiDown).status()).isEqualTo(Status.PASS);
        Outcome loose = check(project(rule.formatted("0.2")), onlyApiDown);
        assertThat(rulesAndPlaces(loose)).containsExactly(tuple("MR-ALR-008", FILE, 5));
        assertThat(loose.findings().get(0).message()).startsWith("alert `MistralApiDown` (API down) fires at `> 0.2` (12/min)");
    }

    @Test
    void anAlertWithoutASeverityLabelWarnsAtTheRule() throws Exception {
        Path project = project("""
                groups:
                  - name: mistral
                    rules:
                      - alert: MistralCostSpike
                        expr: sum(increase(mistral_cost_dollars_total[1h])) > 10
                """);

        Outcome outcome = check(project, AlertRulesOptions.defaults().withAlerts(Map.of("api-down", skip(), "high-latency", skip(),
                "rate-limited", skip(), "auth-failure", skip(), "circuit-open", skip())));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-ALR-011", FILE, 4));
        assertThat(outcome.findings().get(0).message())
                .isEqualTo("alert `MistralCostSpike` (Cost spike) has no `severity` label; the checklist ranks it P3");
    }

    private static AlertSpec skip() {
        return AlertSpec.bind(null, null, null, true);
    }
}
