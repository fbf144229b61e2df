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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model rules on ids the refreshed catalogue added, and on ids of other clouds, over src/test/resources/fixtures/models/cloud-hosted. */
class ModelRulesTest {

    private static final LocalDate CATALOGUE_DAY = ModelCatalogue.bundled().date();

    private static Outcome check(ModelConfigOptions options) throws Exception {
        Path project = Path.of(ModelRulesTest.class.getResource("/fixtures/models/cloud-hosted").toURI());
        Clock clock = Clock.fixed(CATALOGUE_DAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ModelConfigCheck().run(options, new CheckContext(project, Map.of(), clock, new Cancellation(), Progress.NONE));
    }

    private static List<Finding> modelFindings(Outcome outcome) {
        return outcome.findings().stream().filter(finding -> List.of("MR-MOD-001", "MR-MOD-002", "MR-MOD-003",
                "MR-MOD-004", "MR-MOD-005", "MR-MOD-013").contains(finding.ruleId())).toList();
    }

    @Test
    void cloudModelIdsAreNamedInTheDetailsNotJudgedByPlateformeDates() throws Exception {
        Outcome outcome = check(ModelConfigOptions.defaults());

        assertThat(modelFindings(outcome)).extracting(finding -> finding.location().orElseThrow().file())
                .doesNotContain("app/clouds.py");
        assertThat(outcome.details()).contains(
                "vertex model `mistral-large@2407` (app/clouds.py:9:39): follows Google Cloud's retirement dates, not checked",
                "azure model `Mistral-Large-2411` (app/clouds.py:14:38): follows Azure's retirement dates, not checked",
                "bedrock model `mistral.mistral-large-2407-v1:0` (app/clouds.py:19:39): follows Amazon Bedrock's "
                        + "retirement dates, not checked",
                "bedrock model `us.mistral.pixtral-large-2502-v1:0` (app/clouds.py:24:39): follows Amazon Bedrock's "
                        + "retirement dates, not checked");
    }

    @Test
    void refreshedNamesAreJudgedByTheirModelOrAsFloatingWithoutATarget() throws Exception {
        Outcome outcome = check(ModelConfigOptions.defaults());

        assertThat(modelFindings(outcome)).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(
                        tuple("MR-MOD-002", new Location("app/plateforme.py", 2, 39)),
                        tuple("MR-MOD-001", new Location("app/plateforme.py", 7, 39)),
                        tuple("MR-MOD-002", new Location("app/plateforme.py", 12, 39)));
        List<Finding> findings = modelFindings(outcome);
        assertThat(findings.get(0).message()).isEqualTo("`pixtral-12b` was retired on 2025-12-31 "
                + "(`pixtral-12b` points to `pixtral-12b-2409`): every request to it fails");
        assertThat(findings.get(0).fix()).isEqualTo("Switch to `ministral-14b-2512` (Ministral 3 14B).");
        assertThat(findings.get(1).message()).isEqualTo("`mistral-moderation-latest` is a floating alias: the docs "
                + "last pointed it to `mistral-moderation-2411`, retired 2026-06-30, and no longer say where it points");
        assertThat(findings.get(1).fix()).isEqualTo("Pin the dated id `mistral-moderation-latest` serves today (see "
                + "`GET /v1/models`; the docs name `mistral-moderation-2603` (Mistral Moderation 2) as current), or list "
                + "`mistral-moderation-latest` in the gate's `allow-aliases` if following the newest model is intended.");
    }

    @Test
    void anAllowedFormerAliasIsNotReported() throws Exception {
        Outcome outcome = check(ModelConfigOptions.defaults().withAllowedAliases(List.of("mistral-moderation-latest")));

        assertThat(modelFindings(outcome)).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(
                        tuple("MR-MOD-002", new Location("app/plateforme.py", 2, 39)),
                        tuple("MR-MOD-002", new Location("app/plateforme.py", 12, 39)));
    }

    @ParameterizedTest
    @CsvSource({
            "mistral-large@2407, VERTEX",
            "publishers/mistralai/models/codestral-2501@001, VERTEX",
            "mistral.mistral-large-2407-v1:0, BEDROCK",
            "eu.mistral.pixtral-large-2502-v1:0, BEDROCK",
            "arn:aws:bedrock:us-east-1::foundation-model/mistral.mistral-7b-instruct-v0:2, BEDROCK",
            "Mistral-Large-2411, AZURE",
            "Codestral-2501, AZURE",
    })
    void recognisesTheIdShapesOfOtherClouds(String id, CloudModelId cloud) {
        assertThat(CloudModelId.of(id)).contains(cloud);
    }

    @ParameterizedTest
    @CsvSource({"mistral-large-2407", "mistral-large-latest", "open-mistral-nemo", "mistral-medium-3.5", "labs-leanstral-1-5"})
    void leavesPlateformeIdsToTheCatalogue(String id) {
        assertThat(CloudModelId.of(id)).isEmpty();
    }
}
