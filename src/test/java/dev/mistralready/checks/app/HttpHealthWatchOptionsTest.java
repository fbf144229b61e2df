package dev.mistralready.checks.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import dev.mistralready.engine.PlannedGate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an {@code http-health} gate's {@code watch} is read, what it does to the gate's timeout, and its errors. */
class HttpHealthWatchOptionsTest {

    private static PlannedGate plan(String gateKeys, String with) throws ChecklistException {
        String yaml = "version: 1\ngates:\n  - id: health\n    type: http-health\n" + gateKeys
                + "    with:\n      url-env: MISTRAL_READY_HEALTH_URL\n" + with;
        return new GatePlanner(CheckRegistry.of(List.of(new HttpHealthCheck())))
                .plan(ChecklistLoader.parse("checklist.yaml", yaml)).get(0);
    }

    private static PlannedGate plan(String with) throws ChecklistException {
        return plan("", with);
    }

    private static HttpHealthOptions options(String with) throws ChecklistException {
        return (HttpHealthOptions) plan(with).options();
    }

    @Test
    void bindsTheWatch() throws ChecklistException {
        assertThat(options("      watch: {for: 10m, every: 1m, max-failures: 2}\n").watch())
                .contains(Watch.of(Duration.ofMinutes(10), Duration.ofMinutes(1), 2));
        assertThat(options("").watch()).isEmpty();
    }

    @Test
    void defaultsEveryToOneMinuteOrTheWindowAndMaxFailuresToZero() throws ChecklistException {
        assertThat(options("      watch: {for: 10m}\n").watch())
                .contains(Watch.of(Duration.ofMinutes(10), Duration.ofMinutes(1), 0));
        assertThat(options("      watch: {for: 30s}\n").watch())
                .contains(Watch.of(Duration.ofSeconds(30), Duration.ofSeconds(30), 0));
    }

    @Test
    void schedulesOneSampleAtEachMultipleOfEveryBeforeTheEndOfTheWindow() {
        assertThat(Watch.of(Duration.ofMinutes(10), Duration.ofMinutes(1), 0).samples()).isEqualTo(10);
        assertThat(Watch.of(Duration.ofMinutes(10), Duration.ofMinutes(3), 0).samples()).isEqualTo(4);
        assertThat(Watch.of(Duration.ofMinutes(1), Duration.ofMinutes(1), 0).samples()).isEqualTo(1);
    }

    @Test
    void theDefaultTimeoutBecomesTheWindowPlusAMargin() throws ChecklistException {
        assertThat(plan("").timeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(plan("      watch: {for: 10m, every: 1m}\n").timeout())
                .isEqualTo(Duration.ofMinutes(11).plusSeconds(10));
        assertThat(plan("      request-timeout: 30s\n      watch: {for: 10m}\n").timeout())
                .isEqualTo(Duration.ofMinutes(11).plusSeconds(30));
    }

    @Test
    void aTimeoutTheChecklistSetsStillWins() throws ChecklistException {
        assertThat(plan("    timeout: 20m\n", "      watch: {for: 10m}\n").timeout()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void refusesEveryLongerThanForAtTheWatch() {
        assertThatThrownBy(() -> plan("      watch: {for: 1m, every: 2m}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:14: option `watch`: `every` (2m) is longer than `for` (1m); the watch "
                        + "takes a sample every `every` for `for`");
    }

    @Test
    void refusesNegativeMaxFailures() {
        assertThatThrownBy(() -> plan("      watch: {for: 10m, max-failures: -1}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:14: option `watch`: `max-failures` must be 0 or more (the failed samples "
                        + "tolerated), not -1");
    }

    @Test
    void refusesMaxFailuresThatTolerateEverySample() {
        assertThatThrownBy(() -> plan("      watch: {for: 3m, max-failures: 3}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:14: option `watch`: `max-failures` (3) tolerates every one of the 3 "
                        + "samples; the watch could never fail. Set it below 3");
    }

    @Test
    void refusesAWatchWithoutFor() {
        assertThatThrownBy(() -> plan("      watch: {every: 1m}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:14: option `watch`: `watch` needs `for`, how long to watch (such as "
                        + "`for: 10m`)");
    }

    @Test
    void refusesAForThatIsNotADurationAtItsValue() {
        assertThatThrownBy(() -> plan("      watch: {for: ten minutes}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:20: option `watch.for`: `ten minutes` is not a duration; expected a "
                        + "number with a unit: 500ms, 10s, 2m, 1h or 1m30s");
        assertThatThrownBy(() -> plan("      watch: {for: 10m, every: 0s}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageStartingWith("checklist.yaml:7:32: option `watch.every`: `0s` is zero");
    }

    @Test
    void refusesMoreSamplesThanAWatchMayTake() {
        assertThatThrownBy(() -> plan("      watch: {for: 2h, every: 1s}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:14: option `watch`: `for` 2h `every` 1.0s is 7200 samples, more than the "
                        + "3600 a watch may take; sample less often");
    }

    @Test
    void refusesAnUnknownKeyInTheWatchNamingItsKeys() {
        assertThatThrownBy(() -> plan("      watch: {for: 10m, evry: 1m}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:25: option `watch` has no key `evry`; did you mean `every`? (keys: every, for, "
                        + "max-failures)");
    }
}
