package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import org.junit.jupiter.api.Test;

/** Options a function builds before the call: dicts filled in by assignments and update(), spreads of a local object. */
class BuiltOptionsTest {

    @Test
    void readsOptionsFilledInBeforeTheCallAndLeavesOpaqueUpdatesUnchecked() throws Exception {
        Outcome outcome = SdkEndpointsTest.check("options-built");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("3 errors in 5 Mistral calls in 2 files");
        assertThat(SdkEndpointsTest.rulesAndPlaces(outcome)).containsExactly(
                // dict(...) then summary_params["temperature"] = ...: the model where it is written, no max_tokens
                tuple("MR-MOD-001", new Location("service.py", 14, 33)),
                tuple("MR-MOD-006", new Location("service.py", 16, 12)),
                // { ...base, messages }: base sets model and temperature, nothing sets maxTokens
                tuple("MR-MOD-006", new Location("src/chat.ts", 8, 10)));
    }
}
