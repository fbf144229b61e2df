package dev.mistralready.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisabledRulesTest {

    private static final Finding ERROR_ONE = Finding.of("MR-TST-001", Severity.ERROR, "first", "fix it");
    private static final Finding ERROR_TWO = Finding.of("MR-TST-002", Severity.ERROR, "second", "fix it");
    private static final Finding WARNING = Finding.of("MR-TST-003", Severity.WARNING, "third", "look at it");

    @Test
    void keepsAFailureWhileAnErrorFindingIsLeft() {
        Outcome outcome = disable("MR-TST-001").apply(Outcome.fail("2 errors", List.of(ERROR_ONE, ERROR_TWO, WARNING)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).containsExactly(ERROR_TWO, WARNING);
        assertThat(outcome.summary()).isEqualTo("2 errors; 1 finding of disabled rules not shown");
        assertThat(outcome.details()).isEqualTo("disabled in the checklist: MR-TST-001 (1 finding not shown)");
    }

    @Test
    void turnsAFailureIntoAWarningWhenOnlyWarningsAreLeft() {
        Outcome outcome = disable("MR-TST-001", "MR-TST-002").apply(Outcome.fail("2 errors", List.of(ERROR_ONE, ERROR_TWO, WARNING)));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.findings()).containsExactly(WARNING);
        assertThat(outcome.details()).isEqualTo("disabled in the checklist: MR-TST-001 (1 finding not shown),"
                + " MR-TST-002 (1 finding not shown)");
    }

    @Test
    void passesAWarningWhoseWarningsAreAllDisabled() {
        Outcome outcome = disable("MR-TST-003").apply(Outcome.warn("1 warning", List.of(WARNING)));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.summary()).isEqualTo("passed: 1 finding of disabled rules not shown (MR-TST-003)");
    }

    @Test
    void keepsAFailureNoErrorFindingExplained() {
        Outcome outcome = disable("MR-TST-003").apply(Outcome.fail("the command exited with 1", List.of(WARNING)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void leavesAGateThatCouldNotRunOrWasSkippedAlone() {
        Outcome error = Outcome.error("timed out after 5s");
        Outcome skip = Outcome.skip("no code calls Mistral");

        assertThat(disable("MR-TST-001").apply(error)).isEqualTo(error);
        assertThat(disable("MR-TST-001").apply(skip)).isEqualTo(skip);
    }

    @Test
    void changesNothingWithoutADisableList() {
        Outcome failed = Outcome.fail("1 error", List.of(ERROR_ONE));

        assertThat(disable().apply(failed)).isEqualTo(failed);
    }

    private static DisabledRules disable(String... ids) {
        return new DisabledRules(List.of(ids));
    }
}
