package dev.mistralready.checks.models;

import static dev.mistralready.checks.models.JavaModelConfigTest.check;
import static dev.mistralready.checks.models.JavaModelConfigTest.rulesAndPlaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate over Spring AI and LangChain4j Spring Boot configuration in .properties and .yml form. */
class SpringModelConfigTest {

    private static final String PROPERTIES = "src/main/resources/application.properties";
    private static final String PROD = "src/main/resources/application-prod.yml";
    private static final String WORKER = "worker/src/main/resources/application.yaml";
    private static final String REPORTS = "reports/src/main/resources/application.yml";

    @Test
    void passesCleanConfigurationInBothFormsAndAllKeySpellings() throws Exception {
        Outcome outcome = check("spring-clean");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("4 Mistral calls in 3 files, all pinned");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void aBarePlaceholderIsSetButNotCheckedAndSaysSoInTheDetails() throws Exception {
        Outcome outcome = check("spring-clean");

        assertThat(outcome.details()).contains("1 call in 1 file: the model is not written in the file (a variable, an argument or a setting), "
                + "not checked: api/src/main/resources/application-prod.yml:2:1 `spring.ai.mistralai.chat` (`${PROD_MODEL}`)");
    }

    @Test
    void reportsEachSpringMistakeWhereItIsWritten() throws Exception {
        Outcome outcome = check("spring-faulty");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("8 errors and 2 warnings in 6 Mistral calls in 4 files");
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // Spring AI 2.0 spelling, no max-tokens anywhere: the call starts at the first Mistral key
                tuple("MR-MOD-006", new Location(REPORTS, 4, 7)),
                // Spring AI 2.0 spelling in a profile file laid over the base: only its own model is its own
                tuple("MR-MOD-002", new Location(PROD, 6, 17)),
                // Spring AI 1.x spelling
                tuple("MR-MOD-006", new Location(PROPERTIES, 3, 1)),
                // ${CHAT_MODEL:mistral-small-latest}: the default is the value, placed where it is written
                tuple("MR-MOD-001", new Location(PROPERTIES, 4, 53)),
                tuple("MR-MOD-008", new Location(PROPERTIES, 5, 48)),
                // LangChain4j starter: chat-model without max-tokens, a retired model
                tuple("MR-MOD-006", new Location(WORKER, 4, 7)),
                // ... and no timeout: LangChain4j's 60 s default, for the streaming model too
                tuple("MR-MOD-010", new Location(WORKER, 4, 7)),
                tuple("MR-MOD-002", new Location(WORKER, 5, 19)),
                tuple("MR-MOD-010", new Location(WORKER, 8, 7)),
                // the second YAML document (a profile) sets an alias with a dotted key
                tuple("MR-MOD-001", new Location(WORKER, 17, 47)));
    }

    @Test
    void speaksSpringPropertyNamesInMessagesAndFixes() throws Exception {
        List<Finding> findings = check("spring-faulty").findings();

        assertThat(findings.get(2).message()).isEqualTo("`spring.ai.mistralai.chat.options` sets no `max-tokens`: "
                + "a reply can run to the model's context limit, in cost and latency");
        assertThat(findings.get(2).fix())
                .isEqualTo("Set `spring.ai.mistralai.chat.options.max-tokens`, e.g. to 1024 (sized to the longest reply you need).");
        assertThat(findings.get(4).message()).isEqualTo("`spring.ai.mistralai.chat.options` sets `temperature` to 1.5, "
                + "outside 0 to 1: Mistral rejects the request with 400");
        assertThat(findings.get(0).fix()).isEqualTo("Set `spring.ai.mistralai.chat.max-tokens`, e.g. to 1024 (sized to the "
                + "longest reply you need); Spring AI 1.x reads `spring.ai.mistralai.chat.options.max-tokens` instead.");
        assertThat(findings.get(5).fix()).startsWith("Set `langchain4j.mistral-ai.chat-model.max-tokens`");
        assertThat(findings.get(6).message()).isEqualTo("`langchain4j.mistral-ai.chat-model` sets no `timeout`: "
                + "LangChain4j then waits 60 s for an answer");
        assertThat(findings.get(7).message()).isEqualTo("`mistral-medium-2505` was retired on 2026-08-31: every request "
                + "to it fails, used by `langchain4j.mistral-ai.chat-model` (line 4)");
    }

    @Test
    void aProfileDoesNotRepeatWhatItsBaseLacks() throws Exception {
        Outcome outcome = check("spring-faulty");

        // application-prod.yml and the worker's second document set only a model: max tokens and
        // temperature come from the base, which is reported once
        assertThat(rulesAndPlaces(outcome)).filteredOn(place -> ((Location) place.toArray()[1]).file().equals(PROD))
                .containsExactly(tuple("MR-MOD-002", new Location(PROD, 6, 17)));
        assertThat(rulesAndPlaces(outcome)).doesNotContain(tuple("MR-MOD-006", new Location(WORKER, 17, 1)));
    }

    @Test
    void testResourcesAreNotProductionConfiguration() throws Exception {
        assertThat(rulesAndPlaces(check("spring-faulty"))).extracting(place -> ((Location) place.toArray()[1]).file())
                .doesNotContain("src/test/resources/application.yml");
        assertThat(rulesAndPlaces(check("spring-faulty", ModelConfigOptions.defaults().withProductionOnly(false))))
                .contains(tuple("MR-MOD-001", new Location("src/test/resources/application.yml", 1, 33)));
    }
}
