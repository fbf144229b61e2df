package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The gate over the Java fixture apps (LangChain4j builders) in src/test/resources/fixtures/models. */
class JavaModelConfigTest {

    static final LocalDate CATALOGUE_DAY = LocalDate.of(2026, 11, 21);

    static Outcome check(String fixture, ModelConfigOptions options) throws Exception {
        Path project = Path.of(JavaModelConfigTest.class.getResource("/fixtures/models/" + fixture).toURI());
        Clock clock = Clock.fixed(CATALOGUE_DAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ModelConfigCheck().run(options, new CheckContext(project, Map.of(), clock, new Cancellation(), Progress.NONE));
    }

    static Outcome check(String fixture) throws Exception {
        return check(fixture, ModelConfigOptions.defaults());
    }

    static List<Tuple> rulesAndPlaces(Outcome outcome) {
        return outcome.findings().stream()
                .map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow()))
                .toList();
    }

    @Test
    void passesTheCleanJavaAppWhoseCommentsJavadocAndTextBlocksNameFloatingAndRetiredModels() throws Exception {
        Outcome outcome = check("java-clean");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("2 Mistral calls in 1 file, all pinned");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void reportsEachLangChain4jBuilderMistakeWhereItIsWritten() throws Exception {
        Outcome outcome = check("java-faulty");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("5 errors and 5 warnings in 5 Mistral calls in 2 files");
        String models = "src/main/java/com/example/assistant/AssistantModels.java";
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // a static final constant defined above the builder: reported where the id is written
                tuple("MR-MOD-001", new Location(models, 16, 49)),
                // a builder chain over six lines is one call, without .maxTokens(...)
                tuple("MR-MOD-006", new Location(models, 20, 16)),
                tuple("MR-MOD-007", new Location(models, 29, 16)),
                // no .timeout(...): LangChain4j's 60 s default
                tuple("MR-MOD-010", new Location(models, 29, 16)),
                // MistralAiChatModelName.OPEN_MIXTRAL_8X22B sends open-mixtral-8x22b
                tuple("MR-MOD-002", new Location(models, 31, 51)),
                tuple("MR-MOD-010", new Location(models, 37, 23)),
                // a builder kept in a variable and finished by statements on it
                tuple("MR-MOD-005", new Location(models, 39, 28)),
                tuple("MR-MOD-008", new Location(models, 41, 29)),
                tuple("MR-MOD-010", new Location("src/main/java/com/example/assistant/Translator.java", 10, 37)),
                // a statically imported enum constant
                tuple("MR-MOD-002", new Location("src/main/java/com/example/assistant/Translator.java", 11, 24)));
    }

    @Test
    void speaksLangChain4jInMessagesAndFixes() throws Exception {
        List<Finding> findings = check("java-faulty").findings();

        assertThat(findings.get(0).message()).endsWith("used by `MistralAiChatModel.builder()` (line 20)");
        assertThat(findings.get(1).message()).isEqualTo("`MistralAiChatModel.builder()` sets no `maxTokens`: "
                + "a reply can run to the model's context limit, in cost and latency");
        assertThat(findings.get(1).fix()).isEqualTo("Add `.maxTokens(1024)` to the builder (sized to the longest reply you need).");
        assertThat(findings.get(2).fix()).isEqualTo("Add `.temperature(0.3)` to the builder (Mistral recommends 0.0 to 0.7).");
        assertThat(findings.get(4).message()).startsWith("`open-mixtral-8x22b` was retired on 2025-03-30");
        assertThat(findings.get(9).message()).startsWith("`open-mistral-nemo` was retired on 2026-07-31");
    }

    @Test
    void aBuilderFinishedOutsideTheFileIsNotReportedButNamedInTheDetails() throws Exception {
        Outcome outcome = check("java-faulty");

        assertThat(rulesAndPlaces(outcome)).extracting(place -> ((Location) place.toArray()[1]).line())
                .doesNotContain(15);
        assertThat(outcome.details()).contains("1 call in 1 file: the options are built outside the file, not checked: "
                + "src/main/java/com/example/assistant/Translator.java:15:16 `MistralAiChatModel.builder()`");
    }

    @Test
    void lintsJavaTestSourcesOnlyWhenAskedToLintEverything() throws Exception {
        ModelConfigOptions everything = ModelConfigOptions.defaults().withProductionOnly(false);

        assertThat(rulesAndPlaces(check("java-faulty", everything))).contains(
                tuple("MR-MOD-001", new Location("src/test/java/com/example/assistant/AssistantModelsTest.java", 7, 71)),
                tuple("MR-MOD-006", new Location("src/test/java/com/example/assistant/AssistantModelsTest.java", 7, 32)));
    }
}
