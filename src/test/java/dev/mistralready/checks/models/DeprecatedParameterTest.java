package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import org.junit.jupiter.api.Test;

/** MR-MOD-015: a request parameter set under the name its SDK deprecated. */
class DeprecatedParameterTest {

    @Test
    void warnsWhereSafeModeIsWrittenAndLeavesTheCurrentSafePromptAlone() throws Exception {
        Outcome outcome = SdkEndpointsTest.check("deprecated-parameters");

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("3 warnings in 4 Mistral calls in 3 files");
        assertThat(SdkEndpointsTest.rulesAndPlaces(outcome)).containsExactly(
                tuple("MR-MOD-015", new Location("langchain.ts", 3, 101)),
                // shorthand { safeMode } and safeMode: true on the 0.x client's .chat(...)
                tuple("MR-MOD-015", new Location("legacy.js", 6, 90)),
                tuple("MR-MOD-015", new Location("legacy.js", 10, 5)));
        Finding legacy = ModelConfigCheckTest.finding(outcome, "MR-MOD-015", "legacy.js", 10);
        assertThat(legacy.severity()).isEqualTo(Severity.WARNING);
        assertThat(legacy.message()).isEqualTo("`client.chat` sets `safeMode`, which @mistralai/mistralai 0.x "
                + "MistralClient deprecated in favour of `safePrompt`");
        assertThat(legacy.fix()).isEqualTo("Use `safePrompt` instead of `safeMode`.");
    }
}
