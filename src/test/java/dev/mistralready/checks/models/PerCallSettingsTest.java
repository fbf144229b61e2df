package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import org.junit.jupiter.api.Test;

/** A timeout or retries passed on the calls counts for the client those calls are made on. */
class PerCallSettingsTest {

    @Test
    void aClientWhoseEveryCallSetsTimeoutAndRetriesIsNotReported() throws Exception {
        Outcome outcome = SdkEndpointsTest.check("per-call-timeouts");

        assertThat(outcome.summary()).isEqualTo("2 errors and 2 warnings in 7 Mistral calls in 4 files");
        assertThat(SdkEndpointsTest.rulesAndPlaces(outcome)).containsExactly(
                // batch: both its calls pass timeout_ms and retries; talker's fim.complete passes neither
                tuple("MR-MOD-009", new Location("jobs.py", 6, 10)),
                tuple("MR-MOD-011", new Location("jobs.py", 6, 10)),
                // worker's own call sets both, but src/use.ts imports it and calls it without
                tuple("MR-MOD-009", new Location("src/worker.ts", 3, 23)),
                tuple("MR-MOD-011", new Location("src/worker.ts", 3, 23)));
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-009", "jobs.py", 6).message())
                .startsWith("`Mistral` sets no `timeout_ms`");
    }
}
