package dev.mistralready.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.check.Check;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.report.GateResult;
import dev.mistralready.report.Report;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EngineTest {

    private final TestChecks.Hang hang = new TestChecks.Hang();

    private Report run(String yaml, int jobs, Check<?>... extra) throws Exception {
        return run(yaml, jobs, GateSelection.ALL, RunListener.NONE, extra);
    }

    private Report run(String yaml, int jobs, GateSelection selection, RunListener listener, Check<?>... extra)
            throws Exception {
        List<Check<?>> checks = new ArrayList<>(List.of(new TestChecks.Verdict(), new TestChecks.Crash(), hang));
        checks.addAll(List.of(extra));
        List<PlannedGate> planned = new GatePlanner(CheckRegistry.of(checks))
                .plan(ChecklistLoader.parse("checklist.yaml", yaml));
        RunSettings settings = new RunSettings(Path.of("."), Map.of(), "checklist.yaml", jobs, false);
        return new Engine(Clock.systemUTC(), "0.0.0-test", Duration.ofMillis(500)).run(selection.apply(planned), settings, listener);
    }

    @Test
    void runsGatesConcurrentlyUpToTheJobLimit() throws Exception {
        String yaml = """
                version: 1
                gates:
                  - {id: first, type: rendezvous, timeout: 5s}
                  - {id: second, type: rendezvous, timeout: 5s}
                """;

        Report together = run(yaml, 2, new TestChecks.Rendezvous(new CountDownLatch(2)));

        assertThat(together.gates()).extracting(GateResult::status).containsExactly(Status.PASS, Status.PASS);
    }

    @Test
    void runsNoMoreGatesAtOnceThanJobs() throws Exception {
        String yaml = """
                version: 1
                gates:
                  - {id: first, type: rendezvous, timeout: 300ms}
                  - {id: second, type: rendezvous, timeout: 300ms}
                """;

        Report oneAtATime = run(yaml, 1, new TestChecks.Rendezvous(new CountDownLatch(2)));

        // Alone, the first gate never meets the second, so it times out; only then may the second start.
        assertThat(oneAtATime.gates()).extracting(GateResult::status).containsExactly(Status.ERROR, Status.PASS);
    }

    @Test
    void turnsATimeoutIntoAnErrorAndCancelsTheCheck() throws Exception {
        Report report = run("""
                version: 1
                gates:
                  - {id: stuck, type: hang, timeout: 200ms}
                  - {id: fine, type: verdict}
                """, 2);

        GateResult stuck = report.gates().get(0);
        assertThat(stuck.status()).isEqualTo(Status.ERROR);
        assertThat(stuck.outcome().summary()).isEqualTo("timed out after 200ms");
        assertThat(hang.sawCancellation.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(report.gates().get(1).status()).isEqualTo(Status.PASS);
    }

    @Test
    void finishesTheRunEvenWhenACheckIgnoresCancellation() throws Exception {
        Report report = run("""
                version: 1
                gates:
                  - {id: stubborn, type: hang, timeout: 100ms, with: {stubborn: true}}
                """, 1);

        assertThat(report.gates().get(0).outcome().summary()).isEqualTo("timed out after 100ms");
    }

    @Test
    void turnsAThrowingCheckIntoAnErrorAndRunsTheOthers() throws Exception {
        Report report = run("""
                version: 1
                gates:
                  - {id: boom, type: crash}
                  - {id: after, type: verdict}
                """, 1);

        assertThat(report.gates()).extracting(GateResult::id, GateResult::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("boom", Status.ERROR),
                        org.assertj.core.groups.Tuple.tuple("after", Status.PASS));
        assertThat(report.gates().get(0).outcome().summary())
                .isEqualTo("the check crashed: IllegalStateException: disk on fire");
    }

    @Test
    void keepsChecklistOrderWhateverFinishesFirst() throws Exception {
        Report report = run("""
                version: 1
                gates:
                  - {id: slow, type: hang, timeout: 300ms}
                  - {id: quick, type: verdict}
                  - {id: failing, type: verdict, with: {fail: true}}
                """, 3);

        assertThat(report.gates()).extracting(GateResult::id).containsExactly("slow", "quick", "failing");
    }

    @Test
    void anchorsFindingsWithoutAFileToTheGatesLine() throws Exception {
        Report report = run("""
                version: 1
                gates:
                  - id: failing
                    type: verdict
                    with: {fail: true}
                """, 1);

        GateResult failing = report.gates().get(0);
        assertThat(failing.status()).isEqualTo(Status.FAIL);
        assertThat(failing.declaredAt()).isEqualTo(new Location("checklist.yaml", 3, 5));
        assertThat(failing.outcome().findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MR-TST-001", new Location("checklist.yaml", 3, 5)),
                        org.assertj.core.groups.Tuple.tuple("MR-TST-002", Location.of("src/a.ts", 7)));
    }

    @Test
    void reportsAFailingWarningGateAsAWarning() throws Exception {
        Report report = run("""
                version: 1
                gates:
                  - {id: advisory, type: verdict, severity: warning, with: {fail: true}}
                """, 1);

        assertThat(report.gates().get(0).status()).isEqualTo(Status.WARN);
        assertThat(report.gates().get(0).outcome().findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MR-TST-001", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("MR-TST-002", Severity.WARNING));
        assertThat(report.passed(false)).isTrue();
        assertThat(report.passed(true)).isFalse();
    }

    @Test
    void runsOnlyTheSelectedGates() throws Exception {
        String yaml = """
                version: 1
                gates:
                  - {id: a, type: verdict}
                  - {id: b, type: verdict}
                  - {id: c, type: verdict}
                """;

        assertThat(run(yaml, 1, new GateSelection(Set.of("c", "a"), Set.of()), RunListener.NONE).gates())
                .extracting(GateResult::id).containsExactly("a", "c");
        assertThat(run(yaml, 1, new GateSelection(Set.of(), Set.of("b")), RunListener.NONE).gates())
                .extracting(GateResult::id).containsExactly("a", "c");
    }

    @Test
    void rejectsSelectingAGateTheChecklistLacks() {
        assertThatThrownBy(() -> run("version: 1\ngates:\n  - {id: tests, type: verdict}\n", 1,
                new GateSelection(Set.of("test"), Set.of()), RunListener.NONE))
                .isInstanceOf(SelectionException.class)
                .hasMessage("--only names gate `test`, which the checklist does not have; did you mean `tests`? (gates: tests)");
    }

    @Test
    void tellsTheListenerAboutEveryGate() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        RunListener listener = new RunListener() {
            @Override
            public void gateStarted(PlannedGate gate) {
                events.add("start " + gate.id());
            }

            @Override
            public void gateFinished(PlannedGate gate, GateResult result) {
                events.add("end " + gate.id() + " " + result.status());
            }
        };

        run("version: 1\ngates:\n  - {id: a, type: verdict}\n", 1, GateSelection.ALL, listener);

        assertThat(events).containsExactly("start a", "end a PASS");
    }

    @Test
    void loadsBuiltInChecksThroughServiceLoader() throws ChecklistException {
        assertThat(CheckRegistry.installed().types()).contains("command");
    }
}
