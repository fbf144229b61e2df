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

/** Spring AI in Java code (fixtures/models/spring-ai-java): its options builder is the call, its chat model is not LangChain4j's. */
class SpringAiJavaModelConfigTest {

    private static final String CONFIG = "src/main/java/com/example/chat/ChatConfig.java";

    @Test
    void readsEachMistralAiChatOptionsBuilderAndNeverTakesSpringAisChatModelForLangChain4j() throws Exception {
        Outcome outcome = check("spring-ai-java");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // MistralAiApi.ChatModel.MISTRAL_LARGE.getValue() sends mistral-large-latest; options of one
                // request leave out max tokens without being reported: the chat model's defaults apply
                tuple("MR-MOD-001", new Location(CONFIG, 24, 47)),
                tuple("MR-MOD-008", new Location(CONFIG, 25, 30)),
                // OPEN_MISTRAL_NEMO sends the retired open-mistral-nemo
                tuple("MR-MOD-002", new Location(CONFIG, 30, 76)),
                // the chat model is the call, checked with the options it is given (not counted again)
                tuple("MR-MOD-006", new Location(CONFIG, 40, 16)),
                tuple("MR-MOD-007", new Location(CONFIG, 40, 16)));
    }

    @Test
    void speaksSpringAisBuilderNamesInMessagesAndFixes() throws Exception {
        List<Finding> findings = check("spring-ai-java").findings();

        assertThat(findings.get(3).message()).isEqualTo("`MistralAiChatModel.builder()` sets no `maxTokens`: "
                + "a reply can run to the model's context limit, in cost and latency");
        assertThat(findings.get(3).fix()).isEqualTo("Add `.maxTokens(1024)` to the options `MistralAiChatModel.builder()` "
                + "is given (`.options(MistralAiChatOptions.builder()...build())`, 1.x `.defaultOptions(...)`), "
                + "sized to the longest reply you need.");
        assertThat(findings.get(0).message()).contains("`mistral-large-latest`")
                .endsWith("used by `MistralAiChatOptions.builder()` (line 23)");
        assertThat(findings.get(1).fix()).isEqualTo("Use a temperature between 0 and 1 (Mistral recommends 0.0 to 0.7).");
        assertThat(findings.get(4).fix()).isEqualTo("Add `.temperature(0.3)` to the options `MistralAiChatModel.builder()` "
                + "is given (Mistral recommends 0.0 to 0.7).");
        assertThat(findings).extracting(Finding::fix).noneMatch(fix -> fix.contains(".modelName(") || fix.contains(".timeout("));
    }

    @Test
    void doesNotGuessAConstantWhoseIdChangedBetweenSpringAiReleases() throws Exception {
        Outcome outcome = check("spring-ai-java");

        assertThat(rulesAndPlaces(outcome)).extracting(place -> ((Location) place.toArray()[1]).line()).doesNotContain(35);
        assertThat(outcome.details()).contains("1 call in 1 file: the model is not written in the file (a variable, an argument or a setting), "
                + "not checked: " + CONFIG + ":35:16 `MistralAiChatOptions.builder()` (`MistralAiApi.ChatModel.MISTRAL_SMALL "
                + "(mistral-small-latest in Spring AI 1.x, mistral-small-2603 in 2.0)`)");
    }

    @Test
    void checksAFullyQualifiedLangChain4jBuilderNextToSpringAi() throws Exception {
        Outcome outcome = check("spring-ai-java");

        // five in ChatConfig (two chat models, three request options), one Spring AI chat model in
        // NoImport and in Qualified each, and Qualified's LangChain4j builder
        assertThat(outcome.summary()).isEqualTo("4 errors and 1 warning in 8 Mistral calls in 3 files");
        assertThat(rulesAndPlaces(outcome)).extracting(place -> ((Location) place.toArray()[1]).file())
                .containsOnly(CONFIG);
    }
}
