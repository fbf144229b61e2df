package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Calls made with the SDK's Vertex AI and Azure clients (fixtures/models/cloud-clients) send those clouds' models. */
class CloudClientTest {

    private static Outcome check() throws Exception {
        Path project = Path.of(CloudClientTest.class.getResource("/fixtures/models/cloud-clients").toURI());
        LocalDate day = ModelCatalogue.bundled().date();
        Clock clock = Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ModelConfigCheck().run(ModelConfigOptions.defaults(),
                new CheckContext(project, Map.of(), clock, new Cancellation(), Progress.NONE));
    }

    @Test
    void aPlainIdSentThroughAVertexOrAzureClientIsThatCloudsModelNotJudgedByPlateformeDates() throws Exception {
        Outcome outcome = check();

        List<Finding> models = outcome.findings().stream().filter(finding -> finding.ruleId().equals("MR-MOD-002")).toList();
        assertThat(models).extracting(finding -> finding.location().orElseThrow())
                .containsExactly(new Location("app/plateforme.py", 4, 36));
        assertThat(outcome.details())
                .contains("vertex client: model `mistral-small-2503` (app/vertex.py:6:36) is Google Cloud's, "
                        + "on its retirement dates, not checked")
                .contains("azure client: model `mistral-small-2503` (app/foundry.py:4:36) is Azure's, "
                        + "on its retirement dates, not checked")
                .contains("vertex client: model `mistral-large-2407` (app/vertex.ts:4:48) is Google Cloud's, "
                        + "on its retirement dates, not checked");
    }
}
