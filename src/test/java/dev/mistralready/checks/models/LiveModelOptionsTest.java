package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import dev.mistralready.mistral.MistralEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The options for the live model list, as a user writes them, checked before anything is sent. */
class LiveModelOptionsTest {

    private static ModelConfigOptions plan(String with) throws ChecklistException {
        String yaml = "version: 1\ngates:\n  - id: models\n    type: model-config\n" + (with.isEmpty() ? "" : "    with:\n" + with);
        return (ModelConfigOptions) new GatePlanner(CheckRegistry.of(List.of(new ModelConfigCheck())))
                .plan(ChecklistLoader.parse("checklist.yaml", yaml)).get(0).options();
    }

    @Test
    void defaultsToMistralApiKeyAgainstTheGlobalApi() throws ChecklistException {
        ModelConfigOptions options = plan("");

        assertThat(options.keyEnv()).isEqualTo("MISTRAL_API_KEY");
        assertThat(options.baseUrl()).isEqualTo(MistralEndpoint.GLOBAL);
    }

    @Test
    void bindsTheKeyVariableAndARegionalApi() throws ChecklistException {
        ModelConfigOptions options = plan("      key-env: MISTRAL_PROD_KEY\n      base-url: https://api.eu.mistral.ai/v1\n");

        assertThat(options.keyEnv()).isEqualTo("MISTRAL_PROD_KEY");
        assertThat(options.baseUrl().shownAs()).isEqualTo("https://api.eu.mistral.ai");
    }

    @Test
    void refusesABaseUrlTheKeyMustNotGoTo() {
        assertThatThrownBy(() -> plan("      base-url: https://api.example.com\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageContaining("is not a Mistral API host");
        assertThatThrownBy(() -> plan("      key-env: \"$MISTRAL_API_KEY\"\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageContaining("`key-env` must name an environment variable");
    }
}
