package dev.mistralready.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.report.GateResult;
import dev.mistralready.report.Report;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** {@code --offline}: gates that need the network are skipped with the reason, never run; the rest run as usual. */
class OfflineRunTest {

    /** Needs the network when its options say so; counts its runs and reports whether the network was offline. */
    static final class Online implements Check<Online.Options> {
        record Options(@OptionDoc("whether this gate talks to the network") boolean online) {
        }

        final AtomicInteger runs = new AtomicInteger();

        @Override
        public String type() {
            return "online";
        }

        @Override
        public String summary() {
            return "needs the network when told";
        }

        @Override
        public Class<Options> optionsType() {
            return Options.class;
        }

        @Override
        public boolean needsNetwork(Options options) {
            return options.online();
        }

        @Override
        public Outcome run(Options options, CheckContext context) {
            runs.incrementAndGet();
            return Outcome.pass(context.network().isOffline() ? "ran offline" : "ran online");
        }
    }

    private final Online online = new Online();

    private Report run(boolean offline) throws Exception {
        List<PlannedGate> planned = new GatePlanner(CheckRegistry.of(List.of(online))).plan(ChecklistLoader.parse(
                "checklist.yaml", """
                        version: 1
                        gates:
                          - {id: probe, type: online, with: {online: true}}
                          - {id: local, type: online}
                        """));
        RunSettings settings = new RunSettings(Path.of("."), Map.of(), "checklist.yaml", 2, false, offline);
        return new Engine(Clock.systemUTC(), "0.0.0-test").run(planned, settings, RunListener.NONE);
    }

    @Test
    void skipsGatesThatNeedTheNetworkWithoutRunningThem() throws Exception {
        Report report = run(true);

        assertThat(report.gates()).extracting(GateResult::id, GateResult::status)
                .containsExactly(Tuple.tuple("probe", Status.SKIP),
                        Tuple.tuple("local", Status.PASS));
        assertThat(report.gates().get(0).outcome().summary()).isEqualTo("skipped (--offline): this gate needs the network");
        assertThat(report.gates().get(1).outcome().summary()).isEqualTo("ran offline");
        assertThat(online.runs).hasValue(1);
    }

    @Test
    void runsThemWhenOnline() throws Exception {
        Report report = run(false);

        assertThat(report.gates()).extracting(gate -> gate.outcome().summary()).containsExactly("ran online", "ran online");
        assertThat(online.runs).hasValue(2);
    }
}
