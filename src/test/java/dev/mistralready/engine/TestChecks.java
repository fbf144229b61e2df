package dev.mistralready.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Small check types for engine tests; each does one observable thing. */
final class TestChecks {

    private TestChecks() {
    }

    /** Passes, or fails with one finding without a location when {@code fail: true}. */
    static final class Verdict implements Check<Verdict.Options> {
        record Options(@OptionDoc("fail instead of passing") boolean fail,
                       @OptionDoc("how many findings") Optional<Integer> findings) {
        }

        @Override
        public String type() {
            return "verdict";
        }

        @Override
        public String summary() {
            return "passes or fails as told";
        }

        @Override
        public Class<Options> optionsType() {
            return Options.class;
        }

        @Override
        public Outcome run(Options options, CheckContext context) {
            if (!options.fail()) {
                return Outcome.pass("all good");
            }
            return Outcome.fail("told to fail", List.of(
                    Finding.of("MR-TST-001", Severity.ERROR, "no file here", "do nothing"),
                    Finding.of("MR-TST-002", Severity.WARNING, "in a file", "edit it").at(Location.of("src/a.ts", 7))));
        }
    }

    /** Counts down a shared latch, then waits until every participant has counted down. */
    static final class Rendezvous implements Check<Rendezvous.Options> {
        record Options() {
        }

        private final CountDownLatch everyoneArrived;

        Rendezvous(CountDownLatch everyoneArrived) {
            this.everyoneArrived = everyoneArrived;
        }

        @Override
        public String type() {
            return "rendezvous";
        }

        @Override
        public String summary() {
            return "waits for the other rendezvous gates";
        }

        @Override
        public Class<Options> optionsType() {
            return Options.class;
        }

        @Override
        public Outcome run(Options options, CheckContext context) throws InterruptedException {
            everyoneArrived.countDown();
            return everyoneArrived.await(10, TimeUnit.SECONDS) ? Outcome.pass("met the others") : Outcome.fail("alone", List.of());
        }
    }

    /** Blocks until cancelled, then records that it saw the cancellation. */
    static final class Hang implements Check<Hang.Options> {
        record Options(@OptionDoc("ignore interruption and cancellation") boolean stubborn) {
        }

        final CountDownLatch sawCancellation = new CountDownLatch(1);

        @Override
        public String type() {
            return "hang";
        }

        @Override
        public String summary() {
            return "never finishes on its own";
        }

        @Override
        public Class<Options> optionsType() {
            return Options.class;
        }

        @Override
        public Duration defaultTimeout() {
            return Duration.ofMillis(300);
        }

        @Override
        public Outcome run(Options options, CheckContext context) {
            context.cancellation().onCancel(sawCancellation::countDown);
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    if (!options.stubborn()) {
                        return Outcome.pass("should never be reported");
                    }
                }
            }
        }
    }

    /** Throws. */
    static final class Crash implements Check<Crash.Options> {
        record Options() {
        }

        @Override
        public String type() {
            return "crash";
        }

        @Override
        public String summary() {
            return "throws";
        }

        @Override
        public Class<Options> optionsType() {
            return Options.class;
        }

        @Override
        public Outcome run(Options options, CheckContext context) {
            throw new IllegalStateException("disk on fire");
        }
    }

    /** Has one option of each kind, for binding tests. */
    static final class Typed implements Check<Typed.Options> {
        record Options(@JsonProperty(value = "url", required = true) @OptionDoc(value = "where to look", required = true) String url,
                       @JsonProperty("degraded-after") @OptionDoc("slow threshold") Optional<Duration> degradedAfter,
                       @OptionDoc("attempts") Optional<Integer> retries,
                       @OptionDoc("extra headers") Optional<Map<String, String>> headers,
                       @OptionDoc(value = "a colour", type = "red or blue") Optional<Colour> colour) {
        }

        record Colour(String name) {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            static Colour of(String name) {
                if (!name.equals("red") && !name.equals("blue")) {
                    throw new IllegalArgumentException("`" + name + "` is not a colour; use red or blue");
                }
                return new Colour(name);
            }
        }

        @Override
        public String type() {
            return "typed";
        }

        @Override
        public String summary() {
            return "takes options of each kind";
        }

        @Override
        public Class<Options> optionsType() {
            return Options.class;
        }

        @Override
        public Outcome run(Options options, CheckContext context) {
            return Outcome.pass(options.url() + " " + options.degradedAfter().map(Duration::toMillis).orElse(-1L));
        }
    }
}
