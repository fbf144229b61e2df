package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate's options as a user writes them in checklist.yaml, and the errors a user can make. */
class ModelConfigOptionsTest {

    private static ModelConfigOptions plan(String with) throws ChecklistException {
        String yaml = "version: 1\ngates:\n  - id: models\n    type: model-config\n" + (with.isEmpty() ? "" : "    with:\n" + with);
        return (ModelConfigOptions) new GatePlanner(CheckRegistry.of(List.of(new ModelConfigCheck())))
                .plan(ChecklistLoader.parse("checklist.yaml", yaml)).get(0).options();
    }

    @Test
    void defaultsToProductionCodeOnlyAndNoAllowedAliases() throws ChecklistException {
        ModelConfigOptions options = plan("");

        assertThat(options.productionOnly()).isTrue();
        assertThat(options.allowAliases()).isEmpty();
        assertThat(options.effectiveExclude()).contains("node_modules", "test", "*.test.*", "test_*.py", "examples");
    }

    @Test
    void bindsEveryOption() throws ChecklistException {
        ModelConfigOptions options = plan("""
                      paths: [src, app]
                      exclude: ["scripts/**"]
                      allow-aliases: [mistral-small-latest, mistral-embed, codestral-next-latest]
                      production-only: false
                      max-file-size: 512KiB
                """);

        assertThat(options.paths()).containsExactly("src", "app");
        assertThat(options.allowAliases()).containsExactly("mistral-small-latest", "mistral-embed", "codestral-next-latest");
        assertThat(options.productionOnly()).isFalse();
        assertThat(options.effectiveExclude()).contains("scripts/**", "node_modules").doesNotContain("test");
        assertThat(options.maxFileSize().bytes()).isEqualTo(512 * 1024);
    }

    @Test
    void refusesToAllowADatedIdAsIfItWereAnAlias() {
        assertThatThrownBy(() -> plan("      allow-aliases: [mistral-large-2512]\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageContaining("`allow-aliases` names `mistral-large-2512`, which is a dated model id, not an alias");
    }

    @Test
    void refusesANameThatIsNoAliasAndSaysWhatAliasesLookLike() {
        assertThatThrownBy(() -> plan("      allow-aliases: [gpt-4o]\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageContaining("`allow-aliases` names `gpt-4o`, which is not a model alias (aliases end in -latest,"
                        + " or are one of: mistral-medium-3, mistral-medium,");
    }

    @Test
    void reportsAnEmptyExcludePatternWhenTheChecklistIsRead() {
        assertThatThrownBy(() -> plan("      exclude: ['']\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: exclude pattern '' is empty; give a glob like "
                        + "vendor/** or *.lock");
    }
}
