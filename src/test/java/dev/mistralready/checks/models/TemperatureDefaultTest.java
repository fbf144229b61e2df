package dev.mistralready.checks.models;

import static dev.mistralready.checks.models.JavaModelConfigTest.check;
import static dev.mistralready.checks.models.ModelConfigCheckTest.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Outcome;
import org.junit.jupiter.api.Test;

/** MR-MOD-007 says what is sent when no temperature is set: the framework's own default, or the model's. */
class TemperatureDefaultTest {

    @Test
    void langChainPythonSendsSevenTenths() throws Exception {
        assertThat(finding(check("clients-faulty"), "MR-MOD-007", "app.py", 22).message())
                .isEqualTo("`ChatMistralAI` sets no `temperature`: LangChain sends 0.7");
    }

    @Test
    void langChainJsSendsSevenTenths() throws Exception {
        assertThat(finding(check("temperature-defaults"), "MR-MOD-007", "web/chat.ts", 3).message())
                .isEqualTo("`new ChatMistralAI` sets no `temperature`: LangChain sends 0.7");
    }

    @Test
    void theAiSdkSentZeroUpToFourAndNothingSinceFive() throws Exception {
        assertThat(finding(check("clients-faulty"), "MR-MOD-007", "src/vercel.ts", 5).message())
                .isEqualTo("`generateText` sets no `temperature`: AI SDK 4.x sends 0; from 5.0 it sends none "
                        + "and the model's default applies");
    }

    @Test
    void llamaIndexSendsOneTenth() throws Exception {
        assertThat(finding(check("python-frameworks"), "MR-MOD-007", "llama.py", 8).message())
                .isEqualTo("`MistralAI` sets no `temperature`: LlamaIndex sends 0.1");
    }

    @Test
    void springAiSendsSevenTenthsFromItsOptionsAndItsProperties() throws Exception {
        assertThat(finding(check("spring-ai-java"), "MR-MOD-007", "src/main/java/com/example/chat/ChatConfig.java", 40)
                .message()).isEqualTo("`MistralAiChatModel.builder()` sets no `temperature`: Spring AI sends 0.7 "
                + "(the default of these options in 2.0, of the chat model's default options in 1.x)");
        Outcome properties = check("temperature-defaults");
        assertThat(finding(properties, "MR-MOD-007", "src/main/resources/application.properties", 1).message())
                .isEqualTo("`spring.ai.mistralai.chat` sets no `temperature`: Spring AI sends 0.7");
    }

    @Test
    void whereNothingIsSentTheModelsDefaultApplies() throws Exception {
        assertThat(finding(check("java-faulty"), "MR-MOD-007", "src/main/java/com/example/assistant/AssistantModels.java", 29)
                .message()).isEqualTo("`MistralAiChatModel.builder()` sets no `temperature`: "
                + "the model's default applies, and it differs by model");
        assertThat(finding(check("python-frameworks"), "MR-MOD-007", "hay.py", 5).message())
                .isEqualTo("`MistralChatGenerator` sets no `temperature`: the model's default applies, and it differs by model");
    }
}
