package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MR-MOD-012 over src/test/resources/fixtures/models/ts-status-assigned. */
class StatusFieldChecksTest {

    @Test
    void assigningStatusIsNotReadingItButComparingItIs() throws Exception {
        Path project = Path.of(StatusFieldChecksTest.class.getResource("/fixtures/models/ts-status-assigned").toURI());
        Clock clock = Clock.fixed(ModelCatalogue.bundled().date().atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

        Outcome outcome = new ModelConfigCheck().run(ModelConfigOptions.defaults(),
                new CheckContext(project, Map.of(), clock, new Cancellation(), Progress.NONE));

        // `e.status = 502` (line 9) and `(e as any).status = 503` (line 10) set the field; == and === read it
        assertThat(outcome.findings()).filteredOn(finding -> finding.ruleId().equals("MR-MOD-012"))
                .extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(
                        tuple("MR-MOD-012", new Location("src/errors.ts", 11, 9)),
                        tuple("MR-MOD-012", new Location("src/errors.ts", 12, 9)));
    }
}
