package dev.mistralready.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.checklist.ChecklistProblem;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class GatePlannerTest {

    private final GatePlanner planner = new GatePlanner(CheckRegistry.of(List.of(
            new TestChecks.Verdict(), new TestChecks.Typed(), new TestChecks.Hang(),
            new TestChecks.Rendezvous(new CountDownLatch(1)))));

    private List<PlannedGate> plan(String yaml) throws ChecklistException {
        return planner.plan(ChecklistLoader.parse("checklist.yaml", yaml));
    }

    private String onlyProblemOf(String yaml) {
        try {
            plan(yaml);
        } catch (ChecklistException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0).toString();
        }
        throw new AssertionError("expected the checklist to be rejected");
    }

    @Test
    void bindsOptionsAndPicksTheTimeout() throws ChecklistException {
        List<PlannedGate> gates = plan("""
                version: 1
                gates:
                  - id: probe
                    type: typed
                    timeout: 3s
                    with:
                      url: http://127.0.0.1/health
                      degraded-after: 500ms
                      retries: 2
                      headers: {X-Team: ml}
                      colour: red
                  - id: hang
                    type: hang
                """);

        TestChecks.Typed.Options options = (TestChecks.Typed.Options) gates.get(0).options();
        assertThat(options.url()).isEqualTo("http://127.0.0.1/health");
        assertThat(options.degradedAfter()).contains(Duration.ofMillis(500));
        assertThat(options.retries()).contains(2);
        assertThat(options.headers()).contains(java.util.Map.of("X-Team", "ml"));
        assertThat(options.colour().map(TestChecks.Typed.Colour::name)).contains("red");
        assertThat(gates.get(0).timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(gates.get(1).timeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(((TestChecks.Hang.Options) gates.get(1).options()).stubborn()).isFalse();
    }

    /** A check that runs for as long as its options say, and says so in its default timeout. */
    static final class Lasting implements Check<Lasting.Options> {
        record Options(@JsonProperty("lasts") Duration lasts) {
        }

        @Override
        public String type() {
            return "lasting";
        }

        @Override
        public String summary() {
            return "runs as long as `lasts`";
        }

        @Override
        public Class<Options> optionsType() {
            return Options.class;
        }

        @Override
        public Duration defaultTimeout(Options options) {
            return options.lasts() == null ? defaultTimeout() : options.lasts().plusMinutes(1);
        }

        @Override
        public Outcome run(Options options, CheckContext context) {
            return Outcome.pass("done");
        }
    }

    @Test
    void asksTheCheckForADefaultTimeoutThatFitsTheGatesOptionsUnlessTheChecklistSetsOne() throws ChecklistException {
        List<PlannedGate> gates = new GatePlanner(CheckRegistry.of(List.of(new Lasting())))
                .plan(ChecklistLoader.parse("checklist.yaml", """
                        version: 1
                        gates:
                          - id: long
                            type: lasting
                            with: {lasts: 10m}
                          - id: plain
                            type: lasting
                          - id: set
                            type: lasting
                            timeout: 30s
                            with: {lasts: 10m}
                        """));

        assertThat(gates).extracting(PlannedGate::timeout)
                .containsExactly(Duration.ofMinutes(11), Duration.ofMinutes(2), Duration.ofSeconds(30));
    }

    @Test
    void leavesAbsentOptionalOptionsEmpty() throws ChecklistException {
        List<PlannedGate> gates = plan("version: 1\ngates:\n  - {id: probe, type: typed, with: {url: x}}\n");

        TestChecks.Typed.Options options = (TestChecks.Typed.Options) gates.get(0).options();
        assertThat(options.degradedAfter()).isEqualTo(Optional.empty());
        assertThat(options.headers()).isEqualTo(Optional.empty());
    }

    @Test
    void reportsUnknownGateTypeListingRegisteredOnes() {
        assertThat(onlyProblemOf("""
                version: 1
                gates:
                  - id: scan
                    type: verdikt
                """)).isEqualTo("checklist.yaml:4:11: unknown gate type `verdikt`; did you mean `verdict`? "
                + "(registered: hang, rendezvous, typed, verdict)");
    }

    @Test
    void reportsUnknownOptionWithSuggestionAtTheKey() {
        assertThat(onlyProblemOf("""
                version: 1
                gates:
                  - id: probe
                    type: typed
                    with:
                      url: x
                      degraded-afer: 2s
                """)).isEqualTo("checklist.yaml:7:7: gate type `typed` has no option `degraded-afer`; "
                + "did you mean `degraded-after`? (options: url, degraded-after, retries, headers, colour)");
    }

    @Test
    void reportsMissingRequiredOptionAtTheGate() {
        assertThat(onlyProblemOf("""
                version: 1
                gates:
                  - id: probe
                    type: typed
                """)).isEqualTo("checklist.yaml:3:5: gate `probe` (type typed) needs option `url` under `with:` "
                + "(text: where to look)");
    }

    @Test
    void reportsWrongOptionTypeAtTheValue() {
        assertThat(onlyProblemOf("""
                version: 1
                gates:
                  - id: probe
                    type: typed
                    with:
                      url: x
                      retries: many
                """)).isEqualTo("checklist.yaml:7:16: option `retries` must be a number (attempts), but is `many`");
    }

    @Test
    void reportsMappingWhereAMappingIsExpectedWithItsShape() {
        assertThat(onlyProblemOf("""
                version: 1
                gates:
                  - id: probe
                    type: typed
                    with: {url: x, headers: [a, b]}
                """)).isEqualTo("checklist.yaml:5:29: option `headers` must be a mapping (extra headers), but is a list");
    }

    @Test
    void reportsBadDurationOption() {
        assertThat(onlyProblemOf("""
                version: 1
                gates:
                  - id: probe
                    type: typed
                    with:
                      url: x
                      degraded-after: 5 seconds
                """)).isEqualTo("checklist.yaml:7:23: option `degraded-after`: `5 seconds` is not a duration; "
                + "expected a number with a unit: 500ms, 10s, 2m, 1h or 1m30s");
    }

    @Test
    void reportsTheOptionTypesOwnMessage() {
        assertThat(onlyProblemOf("""
                version: 1
                gates:
                  - id: probe
                    type: typed
                    with: {url: x, colour: green}
                """)).isEqualTo("checklist.yaml:5:28: option `colour`: `green` is not a colour; use red or blue");
    }

    @Test
    void reportsProblemsOfEveryGate() {
        try {
            plan("""
                    version: 1
                    gates:
                      - {id: a, type: nope}
                      - {id: b, type: typed, with: {url: x, bogus: 1}}
                    """);
            throw new AssertionError("expected the checklist to be rejected");
        } catch (ChecklistException e) {
            assertThat(e.problems()).extracting(ChecklistProblem::position)
                    .extracting(position -> position.line()).containsExactly(3, 4);
        }
    }

    @Test
    void quotesAnUnknownOptionNameOnOneLineAndShort() {
        String problem = onlyProblemOf("version: 1\ngates:\n  - id: a\n    type: hang\n    with: {\"first\\nsecond "
                + "and so on ".repeat(100) + "\": 1}\n");

        assertThat(problem).isEqualTo("checklist.yaml:5:12: gate type `hang` has no option `first second and so on and so on and so …` "
                + "(options: stubborn)");
    }

    @Test
    void quotesAnUnknownGateTypeShort() {
        String problem = onlyProblemOf("version: 1\ngates:\n  - id: a\n    type: '" + "no such type ".repeat(500) + "'\n");

        assertThat(problem).isEqualTo("checklist.yaml:4:11: unknown gate type `no such type no such type no such type n…` "
                + "(registered: hang, rendezvous, typed, verdict)");
    }

    @Test
    void refusesANumberWhereTrueOrFalseIsExpected() {
        assertThat(onlyProblemOf("version: 1\ngates:\n  - id: a\n    type: verdict\n    with: {fail: 4294967297}\n"))
                .isEqualTo("checklist.yaml:5:18: option `fail` must be true/false (fail instead of passing), "
                        + "but is `4294967297`");
    }

    @Test
    void refusesAFractionWhereAWholeNumberIsExpected() {
        assertThat(onlyProblemOf("version: 1\ngates:\n  - id: a\n    type: typed\n    with: {url: x, retries: 1.5}\n"))
                .isEqualTo("checklist.yaml:5:29: option `retries` must be a number (attempts), but is `1.5`");
    }
}
